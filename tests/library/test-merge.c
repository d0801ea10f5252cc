/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The three-way merge of library.md, by record id and member, on its
 * pure entry point: bytes in, merged bytes or conflicts out. */
#include "config.h"

#include "xc-test-util.h"

static const char base_json[] =
  "{\"format\":\"xiachen-programme\",\"version\":1,\"scheme\":\"huizhou-studio\","
  "\"id\":\"d\",\"title\":\"T\",\"period\":{\"start\":\"2024-01-01\",\"months\":24},"
  "\"region\":{\"city\":\"惠州市\",\"towns\":[{\"id\":\"t-1\",\"name\":\"A镇\"}]},"
  "\"institutions\":[{\"id\":\"i-1\",\"name\":\"院\",\"kind\":\"hospital\"}],"
  "\"people\":[{\"id\":\"p-1\",\"name\":\"甲\",\"title\":\"chief\",\"institution\":\"i-1\"}],"
  "\"units\":[{\"id\":\"u-1\",\"name\":\"one\",\"lead\":\"p-1\"},"
  "{\"id\":\"u-2\",\"name\":\"two\",\"lead\":\"p-1\"}],"
  "\"needs\":[{\"institution\":\"i-1\",\"specialty\":\"pain\",\"note\":\"n\"}],"
  "\"future\":{\"kept\":true},\"ext\":{\"x\":1}}";

static GBytes *
bytes_of (const char *text)
{
  return g_bytes_new (text, strlen (text));
}

/* @base_json with each "from" replaced by "to" (pairs, NULL-ended). */
static GBytes *
edited (const char *first,
        ...)
{
  g_autofree char *text = g_strdup (base_json);
  gsize length;
  va_list args;

  va_start (args, first);
  for (const char *from = first; from != NULL; from = va_arg (args, const char *))
    {
      const char *to = va_arg (args, const char *);
      g_auto(GStrv) parts = g_strsplit (text, from, 2);

      g_assert_nonnull (parts[1]);
      g_free (text);
      text = g_strjoin (to, parts[0], parts[1], NULL);
    }
  va_end (args);
  length = strlen (text);
  return g_bytes_new_take (g_steal_pointer (&text), length);
}

static JsonObject *
parse (GBytes *bytes)
{
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) error = NULL;

  json_parser_load_from_data (parser, g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes),
                              &error);
  g_assert_no_error (error);
  return json_object_ref (json_node_get_object (json_parser_get_root (parser)));
}

static JsonObject *
record (JsonObject *root,
        const char *collection,
        const char *id)
{
  JsonArray *array = json_object_get_array_member (root, collection);

  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      JsonObject *object = json_array_get_object_element (array, i);

      if (g_strcmp0 (json_object_get_string_member_with_default (object, "id", ""), id) == 0)
        return object;
    }
  return NULL;
}

static GPtrArray *
merge (GBytes  *base,
       GBytes  *mine,
       GBytes  *theirs,
       GBytes **merged)
{
  g_autoptr(GError) error = NULL;
  GPtrArray *conflicts = xc_merge_three_way (base, mine, theirs, NULL, merged, &error);

  g_assert_no_error (error);
  g_assert_nonnull (conflicts);
  return conflicts;
}

static void
test_different_records (void)
{
  g_autoptr(GBytes) base = bytes_of (base_json);
  g_autoptr(GBytes) mine = edited ("\"one\"", "\"one, mine\"", NULL);
  g_autoptr(GBytes) theirs = edited ("\"two\"", "\"two, theirs\"", "\"T\"", "\"T2\"", NULL);
  g_autoptr(GBytes) merged = NULL;
  g_autoptr(GPtrArray) conflicts = merge (base, mine, theirs, &merged);
  g_autoptr(JsonObject) root = NULL;
  g_autoptr(XcProgramme) programme = NULL;

  g_assert_cmpuint (conflicts->len, ==, 0);
  root = parse (merged);
  g_assert_cmpstr (json_object_get_string_member (record (root, "units", "u-1"), "name"), ==,
                   "one, mine");
  g_assert_cmpstr (json_object_get_string_member (record (root, "units", "u-2"), "name"), ==,
                   "two, theirs");
  g_assert_cmpstr (json_object_get_string_member (root, "title"), ==, "T2");
  /* What the model does not know survives. */
  g_assert_true (json_object_get_boolean_member (json_object_get_object_member (root, "future"),
                                                 "kept"));
  g_assert_cmpint (json_object_get_int_member (json_object_get_object_member (root, "ext"), "x"),
                   ==, 1);
  programme = xc_test_load_string (g_bytes_get_data (merged, NULL));
  g_assert_cmpstr (xc_programme_get_title (programme), ==, "T2");
}

static void
test_same_member_conflicts (void)
{
  g_autoptr(GBytes) base = bytes_of (base_json);
  g_autoptr(GBytes) mine = edited ("\"one\"", "\"mine\"", NULL);
  g_autoptr(GBytes) theirs = edited ("\"one\"", "\"theirs\"", NULL);
  g_autoptr(GBytes) merged = NULL;
  g_autoptr(GPtrArray) conflicts = merge (base, mine, theirs, &merged);
  XcMergeConflict *conflict;
  g_autofree char *base_text = NULL;
  g_autofree char *mine_text = NULL;
  g_autofree char *theirs_text = NULL;

  g_assert_null (merged);
  g_assert_cmpuint (conflicts->len, ==, 1);
  conflict = conflicts->pdata[0];
  g_assert_cmpstr (xc_merge_conflict_get_path (conflict), ==, "units[u-1].name");
  g_assert_cmpstr (xc_merge_conflict_get_collection (conflict), ==, "units");
  g_assert_cmpstr (xc_merge_conflict_get_record_id (conflict), ==, "u-1");
  g_assert_cmpstr (xc_merge_conflict_get_member (conflict), ==, "name");
  base_text = xc_merge_conflict_dup_text (conflict, 0);
  mine_text = xc_merge_conflict_dup_text (conflict, XC_MERGE_PICK_MINE);
  theirs_text = xc_merge_conflict_dup_text (conflict, XC_MERGE_PICK_THEIRS);
  g_assert_cmpstr (base_text, ==, "\"one\"");
  g_assert_cmpstr (mine_text, ==, "\"mine\"");
  g_assert_cmpstr (theirs_text, ==, "\"theirs\"");
}

static void
test_same_change_is_no_conflict (void)
{
  g_autoptr(GBytes) base = bytes_of (base_json);
  g_autoptr(GBytes) mine = edited ("\"one\"", "\"same\"", NULL);
  g_autoptr(GBytes) theirs = edited ("\"one\"", "\"same\"", NULL);
  g_autoptr(GBytes) merged = NULL;
  g_autoptr(GPtrArray) conflicts = merge (base, mine, theirs, &merged);
  g_autoptr(JsonObject) root = NULL;

  g_assert_cmpuint (conflicts->len, ==, 0);
  root = parse (merged);
  g_assert_cmpstr (json_object_get_string_member (record (root, "units", "u-1"), "name"), ==,
                   "same");
}

static void
test_deleted_against_changed (void)
{
  g_autoptr(GBytes) base = bytes_of (base_json);
  /* Mine deletes u-2; theirs changes its name. */
  g_autoptr(GBytes) mine = edited (",{\"id\":\"u-2\",\"name\":\"two\",\"lead\":\"p-1\"}", "", NULL);
  g_autoptr(GBytes) theirs = edited ("\"two\"", "\"two, theirs\"", NULL);
  g_autoptr(GBytes) unchanged = bytes_of (base_json);
  g_autoptr(GBytes) merged = NULL;
  g_autoptr(GPtrArray) conflicts = merge (base, mine, theirs, &merged);
  g_autoptr(GPtrArray) clean = NULL;
  g_autoptr(JsonObject) root = NULL;

  g_assert_cmpuint (conflicts->len, ==, 1);
  g_assert_cmpstr (xc_merge_conflict_get_path (conflicts->pdata[0]), ==, "units[u-2]");
  g_assert_null (xc_merge_conflict_get_member (conflicts->pdata[0]));
  g_assert_null (xc_merge_conflict_get_mine (conflicts->pdata[0]));

  /* Deleted against unchanged: deleted. */
  clean = merge (base, mine, unchanged, &merged);
  g_assert_cmpuint (clean->len, ==, 0);
  root = parse (merged);
  g_assert_null (record (root, "units", "u-2"));
  g_assert_nonnull (record (root, "units", "u-1"));
}

static void
test_added_on_both_sides (void)
{
  g_autoptr(GBytes) base = bytes_of (base_json);
  g_autoptr(GBytes) mine = edited ("\"people\":[", "\"people\":[{\"id\":\"p-m\",\"name\":\"m\"},", NULL);
  g_autoptr(GBytes) theirs = edited ("\"people\":[", "\"people\":[{\"id\":\"p-t\",\"name\":\"t\"},", NULL);
  g_autoptr(GBytes) merged = NULL;
  g_autoptr(GPtrArray) conflicts = merge (base, mine, theirs, &merged);
  g_autoptr(JsonObject) root = NULL;

  g_assert_cmpuint (conflicts->len, ==, 0);
  root = parse (merged);
  g_assert_nonnull (record (root, "people", "p-m"));
  g_assert_nonnull (record (root, "people", "p-t"));
  g_assert_nonnull (record (root, "people", "p-1"));
}

static void
test_needs_and_towns_by_key (void)
{
  g_autoptr(GBytes) base = bytes_of (base_json);
  g_autoptr(GBytes) mine = edited ("\"note\":\"n\"", "\"note\":\"mine\"", NULL);
  g_autoptr(GBytes) theirs = edited ("\"A镇\"", "\"B镇\"", "\"惠州市\"", "\"惠州\"", NULL);
  g_autoptr(GBytes) both = edited ("\"note\":\"n\"", "\"note\":\"both\"", NULL);
  g_autoptr(GBytes) merged = NULL;
  g_autoptr(GPtrArray) conflicts = merge (base, mine, theirs, &merged);
  g_autoptr(GPtrArray) clash = NULL;
  g_autoptr(JsonObject) root = NULL;
  JsonObject *region;

  g_assert_cmpuint (conflicts->len, ==, 0);
  root = parse (merged);
  region = json_object_get_object_member (root, "region");
  g_assert_cmpstr (json_object_get_string_member (region, "city"), ==, "惠州");
  g_assert_cmpstr (json_object_get_string_member (record (region, "towns", "t-1"), "name"), ==,
                   "B镇");
  g_assert_cmpstr (json_object_get_string_member (
                     json_array_get_object_element (json_object_get_array_member (root, "needs"), 0),
                     "note"), ==, "mine");

  g_clear_pointer (&merged, g_bytes_unref);
  clash = merge (base, mine, both, &merged);
  g_assert_cmpuint (clash->len, ==, 1);
  g_assert_cmpstr (xc_merge_conflict_get_path (clash->pdata[0]), ==, "needs[i-1/pain].note");
}

static void
test_picks_resolve (void)
{
  g_autoptr(GBytes) base = bytes_of (base_json);
  g_autoptr(GBytes) mine = edited ("\"one\"", "\"mine\"", "\"T\"", "\"T-mine\"", NULL);
  g_autoptr(GBytes) theirs = edited ("\"one\"", "\"theirs\"", "\"T\"", "\"T-theirs\"", NULL);
  g_autoptr(GHashTable) picks = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GBytes) merged = NULL;
  g_autoptr(GPtrArray) conflicts = NULL;
  g_autoptr(JsonObject) root = NULL;
  g_autoptr(GError) error = NULL;

  g_hash_table_insert (picks, "units[u-1].name", GINT_TO_POINTER (XC_MERGE_PICK_THEIRS));
  conflicts = xc_merge_three_way (base, mine, theirs, picks, &merged, &error);
  g_assert_no_error (error);
  /* The title is still for a person to decide. */
  g_assert_cmpuint (conflicts->len, ==, 1);
  g_assert_cmpstr (xc_merge_conflict_get_path (conflicts->pdata[0]), ==, "title");
  g_clear_pointer (&conflicts, g_ptr_array_unref);

  g_hash_table_insert (picks, "title", GINT_TO_POINTER (XC_MERGE_PICK_MINE));
  conflicts = xc_merge_three_way (base, mine, theirs, picks, &merged, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (conflicts->len, ==, 0);
  root = parse (merged);
  g_assert_cmpstr (json_object_get_string_member (root, "title"), ==, "T-mine");
  g_assert_cmpstr (json_object_get_string_member (record (root, "units", "u-1"), "name"), ==,
                   "theirs");
}

static void
test_not_json_is_an_error (void)
{
  g_autoptr(GBytes) base = bytes_of (base_json);
  g_autoptr(GBytes) broken = bytes_of ("{\"units\": [");
  g_autoptr(GBytes) array = bytes_of ("[1, 2]");
  g_autoptr(GBytes) merged = NULL;
  g_autoptr(GError) error = NULL;
  GPtrArray *conflicts;

  conflicts = xc_merge_three_way (base, broken, base, NULL, &merged, &error);
  g_assert_null (conflicts);
  g_assert_nonnull (error);
  g_clear_error (&error);
  conflicts = xc_merge_three_way (base, base, array, NULL, &merged, &error);
  g_assert_null (conflicts);
  g_assert_nonnull (error);
  g_assert_null (merged);
}

static void
test_changed_records (void)
{
  g_autoptr(GBytes) base = bytes_of (base_json);
  g_autoptr(GBytes) after = edited ("\"two\"", "\"2\"", "\"T\"", "\"T2\"", "\"A镇\"", "\"B镇\"", NULL);
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) changed = xc_merge_changed_records (base, after, &error);

  g_assert_no_error (error);
  g_assert_cmpuint (g_strv_length (changed), ==, 3);
  g_assert_true (g_strv_contains ((const char * const *) changed, "units/u-2"));
  g_assert_true (g_strv_contains ((const char * const *) changed, "title"));
  g_assert_true (g_strv_contains ((const char * const *) changed, "region.towns/t-1"));
}

/* The merged file is written as the model writes one: 0.1 stays 0.1, and
 * a character that must be escaped is, so the program reads it back. */
static void
test_merged_text_is_readable (void)
{
  g_autoptr(GBytes) base = edited ("\"x\":1", "\"x\":1,\"rate\":0.1", "\"n\"", "\"a\\u001fb\"", NULL);
  g_autoptr(GBytes) mine = edited ("\"x\":1", "\"x\":1,\"rate\":0.1", "\"n\"", "\"a\\u001fb\"",
                                   "\"one\"", "\"one, mine\"", NULL);
  g_autoptr(GBytes) theirs = edited ("\"x\":1", "\"x\":1,\"rate\":0.1", "\"n\"", "\"a\\u001fb\"",
                                     "\"T\"", "\"T2\"", NULL);
  g_autoptr(GBytes) merged = NULL;
  g_autoptr(GPtrArray) conflicts = merge (base, mine, theirs, &merged);
  g_autoptr(XcProgramme) programme = NULL;
  g_autofree char *text = NULL;

  g_assert_cmpuint (conflicts->len, ==, 0);
  text = g_strndup (g_bytes_get_data (merged, NULL), g_bytes_get_size (merged));
  g_test_message ("%s", text);
  g_assert_nonnull (strstr (text, "\"rate\" : 0.1\n"));
  g_assert_nonnull (strstr (text, "\"a\\u001fb\""));
  programme = xc_test_load_string (text);
  g_assert_cmpstr (xc_programme_get_title (programme), ==, "T2");
}

/* A conflict shows each side's value as the file has it: 0.2, not
 * 0.20000000000000001. */
static void
test_conflict_shows_numbers_as_written (void)
{
  g_autoptr(GBytes) base = edited ("\"x\":1", "\"x\":0.1", NULL);
  g_autoptr(GBytes) mine = edited ("\"x\":1", "\"x\":0.2", NULL);
  g_autoptr(GBytes) theirs = edited ("\"x\":1", "\"x\":0.3", NULL);
  g_autoptr(GBytes) merged = NULL;
  g_autoptr(GPtrArray) conflicts = merge (base, mine, theirs, &merged);
  g_autofree char *base_text = NULL;
  g_autofree char *mine_text = NULL;
  g_autofree char *theirs_text = NULL;

  g_assert_cmpuint (conflicts->len, ==, 1);
  base_text = xc_merge_conflict_dup_text (conflicts->pdata[0], 0);
  mine_text = xc_merge_conflict_dup_text (conflicts->pdata[0], XC_MERGE_PICK_MINE);
  theirs_text = xc_merge_conflict_dup_text (conflicts->pdata[0], XC_MERGE_PICK_THEIRS);
  /* ext is merged whole: a plugin's data, whose parts the merge cannot know */
  g_assert_cmpstr (base_text, ==, "{\"x\":0.1}");
  g_assert_cmpstr (mine_text, ==, "{\"x\":0.2}");
  g_assert_cmpstr (theirs_text, ==, "{\"x\":0.3}");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/merge/different-records", test_different_records);
  g_test_add_func ("/merge/same-member-conflicts", test_same_member_conflicts);
  g_test_add_func ("/merge/same-change", test_same_change_is_no_conflict);
  g_test_add_func ("/merge/deleted-against-changed", test_deleted_against_changed);
  g_test_add_func ("/merge/added-on-both-sides", test_added_on_both_sides);
  g_test_add_func ("/merge/needs-and-towns", test_needs_and_towns_by_key);
  g_test_add_func ("/merge/picks", test_picks_resolve);
  g_test_add_func ("/merge/not-json", test_not_json_is_an_error);
  g_test_add_func ("/merge/changed-records", test_changed_records);
  g_test_add_func ("/merge/merged-text-is-readable", test_merged_text_is_readable);
  g_test_add_func ("/merge/conflict-shows-numbers-as-written", test_conflict_shows_numbers_as_written);
  return g_test_run ();
}
