/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <fcntl.h>
#include <glib/gstdio.h>
#include <math.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "xc-test-util.h"

static GError *
load_error (const char *json)
{
  g_autoptr(GBytes) bytes = g_bytes_new (json, strlen (json));
  g_autoptr(XcProgramme) programme = NULL;
  GError *error = NULL;

  programme = xc_programme_new_from_bytes (bytes, "design.xcprog", &error);
  g_assert_null (programme);
  g_assert_nonnull (error);
  return error;
}

#define MINIMAL(members) \
  "{\"format\": \"xiachen-programme\", \"version\": 1, \"scheme\": \"huizhou-studio\"," \
  " \"id\": \"d\", \"title\": \"t\", \"period\": {\"start\": \"2024-01-01\", \"months\": 24}," \
  " \"institutions\": [], \"people\": [], \"units\": [], \"needs\": []" members "}"

static void
test_minimal_design_loads (void)
{
  g_autoptr(XcProgramme) programme = xc_test_load_string (MINIMAL (""));

  g_assert_cmpstr (xc_programme_get_scheme (programme), ==, "huizhou-studio");
  g_assert_cmpint (xc_programme_get_months (programme), ==, 24);
  g_assert_cmpuint (g_list_model_get_n_items (xc_programme_get_units (programme)), ==, 0);
}

static void
test_malformed_json_names_line_and_column (void)
{
  g_autoptr(GError) error = load_error ("{\n  \"format\": \"xiachen-programme\",\n  \"units\": [1,,]\n}");

  g_assert_error (error, XC_FORMAT_ERROR, XC_FORMAT_ERROR_MALFORMED);
  g_assert_true (g_str_has_prefix (error->message, "design.xcprog:3:"));
  g_assert_nonnull (strstr (error->message, "malformed JSON"));
}

static void
test_not_utf8_names_line_and_column (void)
{
  g_autoptr(GError) error = load_error ("{\n\"title\": \"\xff\"}");

  g_assert_error (error, XC_FORMAT_ERROR, XC_FORMAT_ERROR_MALFORMED);
  g_assert_true (g_str_has_prefix (error->message, "design.xcprog:2:11:"));
}

static void
test_deep_nesting_is_refused (void)
{
  g_autoptr(GString) json = g_string_new (NULL);
  g_autoptr(GError) error = NULL;

  /* Deep enough to exhaust the stack of a recursive parser. */
  for (guint i = 0; i < 200000; i++)
    g_string_append_c (json, '[');
  error = load_error (json->str);
  g_assert_error (error, XC_FORMAT_ERROR, XC_FORMAT_ERROR_MALFORMED);
  g_assert_nonnull (strstr (error->message, "nested more than"));
}

/* A design whose ext member, on line 2 from column 8, is @ext. */
#define WITH_EXT(ext) \
  "{\"format\": \"xiachen-programme\",\n\"ext\": " ext ",\n \"version\": 1, \"scheme\": \"s\"," \
  " \"id\": \"d\", \"title\": \"t\", \"period\": {\"start\": \"2024-01-01\", \"months\": 24}," \
  " \"institutions\": [], \"people\": [], \"units\": [], \"needs\": []}"

/* Each is not JSON by RFC 8259; json-glib, the reader before, loaded most
 * of them (a lone surrogate as a string that could not be saved again). */
static void
test_strict_json_is_refused_with_its_place (void)
{
  const struct { const char *json; const char *place; const char *words; } cases[] = {
    { WITH_EXT ("{\"a\": 1, \"a\": 2}"), "design.xcprog:2:17: malformed JSON:", "“a”" },
    { WITH_EXT ("{'a': 1}"), "design.xcprog:2:9: malformed JSON:", "double quotes" },
    { WITH_EXT ("{\"a\": 0x10}"), "design.xcprog:2:15: malformed JSON:", "“x10”" },
    { WITH_EXT ("{\"a\": 01}"), "design.xcprog:2:14: malformed JSON:", "0 followed by" },
    { WITH_EXT ("{\"a\": +1}"), "design.xcprog:2:14: malformed JSON:", "“+”" },
    { WITH_EXT ("{\"a\": NaN}"), "design.xcprog:2:14: malformed JSON:", "“NaN”" },
    { WITH_EXT ("{\"a\": \"x\x01\"}"), "design.xcprog:2:16: malformed JSON:", "U+0001" },
    { WITH_EXT ("{\"a\": \"\\u0000\"}"), "design.xcprog:2:15: malformed JSON:", "NUL" },
    { WITH_EXT ("{\"a\": \"\\ud800\"}"), "design.xcprog:2:15: malformed JSON:", "surrogate" },
    { WITH_EXT ("{\"a\": \"\\x\"}"), "design.xcprog:2:15: malformed JSON:", "escape" },
    { WITH_EXT ("{\"a\": [1,]}"), "design.xcprog:2:17: malformed JSON:", "comma" },
    { WITH_EXT ("{} /* c */"), "design.xcprog:2:11: malformed JSON:", "comments" },
    { WITH_EXT ("{\"a\": 1e999}"), "design.xcprog:2:14:", "1e999" },
    { MINIMAL ("") " x", "design.xcprog:1:", "after the end of the document" },
    { MINIMAL (", \"units\": []"), "design.xcprog:1:", "“units”" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GError) error = load_error (cases[i].json);

      g_assert_error (error, XC_FORMAT_ERROR, XC_FORMAT_ERROR_MALFORMED);
      if (!g_str_has_prefix (error->message, cases[i].place) || strstr (error->message, cases[i].words) == NULL)
        g_error ("case %u: expected %s … %s, got %s", i, cases[i].place, cases[i].words, error->message);
    }
}

/* A lone surrogate on line 4 is named with the file and that line. */
static void
test_surrogate_error_names_file_and_line (void)
{
  g_autoptr(GError) error = load_error ("{\n\n\n  \"title\": \"ab\\udc00\"}");

  g_assert_cmpstr (error->message, ==,
                   "design.xcprog:4:15: malformed JSON: “\\uDC00” is the second half of a surrogate pair without its first half");
}

static void
test_byte_order_mark_is_ignored (void)
{
  g_autoptr(XcProgramme) programme = xc_test_load_string ("\xef\xbb\xbf" MINIMAL (""));

  g_assert_cmpstr (xc_programme_get_scheme (programme), ==, "huizhou-studio");
}

/* Every integer member is a whole number that fits; too large a one is a
 * load error naming its path, never a cast beyond range. */
static void
test_integer_members_are_range_checked (void)
{
  g_autoptr(GError) error = load_error (
    "{\"format\": \"xiachen-programme\", \"version\": 1, \"scheme\": \"s\", \"id\": \"d\", \"title\": \"t\","
    " \"period\": {\"start\": \"2024-01-01\", \"months\": 9223372036854775807},"
    " \"institutions\": [{\"id\": \"h\", \"name\": \"n\", \"kind\": \"hospital\", \"beds\": -2147483649,"
    "                     \"population\": 1e300}],"
    " \"people\": [{\"id\": \"p\", \"name\": \"n\", \"title\": \"chief\", \"institution\": \"h\", \"birth_year\": 1e10}],"
    " \"units\": [{\"id\": \"u-0\"}, {\"id\": \"u-1\"}, {\"id\": \"u-2\"},"
    "           {\"id\": \"u-3\", \"months\": 99999999999999999999,"
    "            \"team\": [{\"person\": \"p\", \"residency_months\": 2147483648}]}],"
    " \"needs\": [], \"acceptance\": {\"planned_month\": 12.5}}");

  g_assert_error (error, XC_FORMAT_ERROR, XC_FORMAT_ERROR_INVALID);
  for (guint i = 0; i < 7; i++)
    {
      const char *expected = (const char *[]) {
        "design.xcprog: period.months: 9223372036854775807 is out of range: expected a whole number from -2147483648 to 2147483647",
        "design.xcprog: institutions[0] (h).beds: -2147483649 is out of range",
        "design.xcprog: institutions[0] (h).population: 1e+300 is out of range",
        "design.xcprog: people[0] (p).birth_year: 10000000000 is out of range",
        "design.xcprog: units[3] (u-3).months: 1e+20 is out of range",
        "design.xcprog: units[3] (u-3).team[0].residency_months: 2147483648 is out of range",
        "design.xcprog: acceptance.planned_month: expected a whole number, found 12.5",
      }[i];

      if (strstr (error->message, expected) == NULL)
        g_error ("expected %s in %s", expected, error->message);
    }

  /* the edges of the range load */
  {
    g_autoptr(XcProgramme) programme = xc_test_load_string (
      "{\"format\": \"xiachen-programme\", \"version\": 1, \"scheme\": \"s\", \"id\": \"d\", \"title\": \"t\","
      " \"period\": {\"start\": \"2024-01-01\", \"months\": 24}, \"institutions\": [], \"people\": [],"
      " \"units\": [{\"id\": \"u\", \"months\": 2147483647.0}], \"needs\": [],"
      " \"acceptance\": {\"planned_month\": -2147483648}}");

    g_assert_cmpint (xc_unit_get_months (xc_test_unit (programme, "u")), ==, G_MAXINT32);
    g_assert_cmpint (xc_programme_get_planned_acceptance_month (programme), ==, G_MININT32);
  }
}

/* 1.0000000000000002 is not version 1, nor any version. */
static void
test_version_that_is_not_whole_is_named_as_it_is (void)
{
  g_autoptr(GError) error = load_error (
    "{\"format\": \"xiachen-programme\", \"version\": 1.0000000000000002}");
  g_autoptr(GError) two = load_error ("{\"format\": \"xiachen-programme\", \"version\": 2.0}");

  g_assert_error (error, XC_FORMAT_ERROR, XC_FORMAT_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message,
                            "design.xcprog: version: expected a whole number, found 1.0000000000000002"));
  g_assert_null (strstr (error->message, "version 1 design"));
  g_assert_error (two, XC_FORMAT_ERROR, XC_FORMAT_ERROR_UNSUPPORTED_VERSION);
  g_assert_nonnull (strstr (two->message, "a version 2 design"));
}

static void
test_empty_file_is_an_error (void)
{
  g_autoptr(GError) error = load_error ("");

  g_assert_error (error, XC_FORMAT_ERROR, XC_FORMAT_ERROR_MALFORMED);
  g_assert_true (g_str_has_prefix (error->message, "design.xcprog"));
}

static void
test_array_document_is_not_a_design (void)
{
  g_autoptr(GError) error = load_error ("[1, 2]");

  g_assert_error (error, XC_FORMAT_ERROR, XC_FORMAT_ERROR_NOT_A_DESIGN);
}

static void
test_wrong_format_is_not_a_design (void)
{
  g_autoptr(GError) error = load_error ("{\"format\": \"spreadsheet\", \"version\": 1}");

  g_assert_error (error, XC_FORMAT_ERROR, XC_FORMAT_ERROR_NOT_A_DESIGN);
  g_assert_nonnull (strstr (error->message, "spreadsheet"));
}

static void
test_unknown_version_is_refused (void)
{
  g_autoptr(GError) error = load_error ("{\"format\": \"xiachen-programme\", \"version\": 2}");

  g_assert_error (error, XC_FORMAT_ERROR, XC_FORMAT_ERROR_UNSUPPORTED_VERSION);
  g_assert_nonnull (strstr (error->message, "version 2"));
}

static void
test_wrong_types_name_the_member_path (void)
{
  g_autoptr(GError) error = load_error (MINIMAL (
    ", \"extra\": 1, \"region\": {\"towns\": [{\"id\": 5, \"name\": \"x\"}]}"));
  g_autoptr(GError) unit_error = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(XcProgramme) programme = NULL;
  const char *json =
    "{\"format\": \"xiachen-programme\", \"version\": 1, \"scheme\": \"s\", \"id\": \"d\","
    " \"title\": \"t\", \"period\": {\"start\": \"2024-01-01\", \"months\": 1.5},"
    " \"institutions\": [], \"people\": [], \"needs\": [],"
    " \"units\": [{\"id\": \"u-3\", \"team\": [{\"person\": 12}],"
    "              \"commitments\": [{\"role\": \"boss\", \"activity\": \"outpatient\","
    "                                 \"count\": \"one\", \"per\": \"week\"}]}]}";

  g_assert_error (error, XC_FORMAT_ERROR, XC_FORMAT_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, "design.xcprog: region.towns[0].id: expected a string, found a number"));

  bytes = g_bytes_new (json, strlen (json));
  programme = xc_programme_new_from_bytes (bytes, "d.xcprog", &unit_error);
  g_assert_null (programme);
  g_assert_error (unit_error, XC_FORMAT_ERROR, XC_FORMAT_ERROR_INVALID);
  g_assert_nonnull (strstr (unit_error->message, "period.months: expected a whole number"));
  g_assert_nonnull (strstr (unit_error->message, "units[0] (u-3).team[0].person: expected a string"));
  /* An unknown role is XC-07's: the design opens with a finding. */
  g_assert_null (strstr (unit_error->message, "boss"));
  g_assert_nonnull (strstr (unit_error->message, "units[0] (u-3).commitments[0].count: expected a number, found a string"));
  /* a unit's name is optional in the format */
  g_assert_null (strstr (unit_error->message, "name"));
}

static void
test_missing_required_members_are_named (void)
{
  g_autoptr(GError) error = load_error ("{\"format\": \"xiachen-programme\", \"version\": 1}");

  g_assert_error (error, XC_FORMAT_ERROR, XC_FORMAT_ERROR_INVALID);
  for (guint i = 0; i < 5; i++)
    {
      const char *member = (const char *[]) { "scheme", "id", "institutions", "people", "units" }[i];
      g_autofree char *expected = g_strdup_printf ("design.xcprog: %s: required member is missing",
                                                   member);

      g_assert_nonnull (strstr (error->message, expected));
    }
}

static void
test_null_optional_member_reads_as_absent (void)
{
  g_autoptr(XcProgramme) programme = xc_test_load_string (MINIMAL (", \"partner\": null, \"budget\": null"));

  g_assert_null (xc_programme_get_partner (programme));
  g_assert_false (xc_programme_get_budget_total (programme, NULL));
}

static void
test_huge_file_is_refused_before_reading (void)
{
  g_autofree char *path = g_build_filename (g_get_tmp_dir (), "huge.xcprog", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  g_autoptr(XcProgramme) programme = NULL;
  int fd = g_open (path, O_CREAT | O_WRONLY | O_TRUNC, 0644);

  /* A sparse file: large to the size check, nothing on disk. */
  g_assert_cmpint (fd, >=, 0);
  g_assert_cmpint (ftruncate (fd, (off_t) XC_FORMAT_MAX_FILE_SIZE + 1), ==, 0);
  close (fd);

  programme = xc_programme_new_from_file (file, NULL, &error);
  g_assert_null (programme);
  g_assert_error (error, XC_FORMAT_ERROR, XC_FORMAT_ERROR_TOO_LARGE);
  g_assert_nonnull (strstr (error->message, path));
  g_unlink (path);
}

static void
test_missing_file_is_a_read_error (void)
{
  g_autoptr(GFile) file = g_file_new_for_path ("/nonexistent/design.xcprog");
  g_autoptr(GError) error = NULL;
  g_autoptr(XcProgramme) programme = xc_programme_new_from_file (file, NULL, &error);

  g_assert_null (programme);
  g_assert_error (error, XC_FORMAT_ERROR, XC_FORMAT_ERROR_READ);
  g_assert_nonnull (strstr (error->message, "/nonexistent/design.xcprog"));
}

/* A FIFO would block the reader for ever and /dev/zero grow it without
 * end: named as designs, both are refused at once with the file's name. */
static void
test_fifo_and_device_are_refused_at_once (void)
{
  g_autofree char *dir = g_dir_make_tmp ("xc-fifo-XXXXXX", NULL);
  g_autofree char *fifo = g_build_filename (dir, "pipe.xcprog", NULL);

  g_assert_cmpint (mkfifo (fifo, 0600), ==, 0);
  for (guint i = 0; i < 2; i++)
    {
      const char *path = i == 0 ? fifo : "/dev/zero";
      g_autoptr(GFile) file = g_file_new_for_path (path);
      g_autoptr(GError) error = NULL;
      g_autoptr(XcProgramme) programme = xc_programme_new_from_file (file, NULL, &error);

      g_assert_null (programme);
      g_assert_error (error, XC_FORMAT_ERROR, XC_FORMAT_ERROR_READ);
      g_assert_true (g_str_has_prefix (error->message, path));
      g_assert_nonnull (strstr (error->message, "not a regular file"));
    }
  g_unlink (fifo);
  g_rmdir (dir);
}

/* Every prefix of a valid design is bad input; none may crash. */
static void
test_truncated_designs_never_crash (void)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", "huizhou-minimal.xcprog", NULL);
  g_autofree char *contents = NULL;
  gsize length;

  g_assert_true (g_file_get_contents (path, &contents, &length, NULL));
  for (gsize cut = 0; cut < length; cut += 7)
    {
      g_autoptr(GBytes) bytes = g_bytes_new (contents, cut);
      g_autoptr(GError) error = NULL;
      g_autoptr(XcProgramme) programme = xc_programme_new_from_bytes (bytes, "cut", &error);

      g_assert_null (programme);
      g_assert_nonnull (error);
    }
}

static JsonNode *
parse (GBytes *bytes)
{
  g_autoptr(JsonParser) parser = json_parser_new ();
  gsize length;
  const char *data = g_bytes_get_data (bytes, &length);

  g_assert_true (json_parser_load_from_data (parser, data, length, NULL));
  return json_parser_steal_root (parser);
}

static void
test_round_trip_keeps_unknown_members (void)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", "huizhou-minimal.xcprog", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GBytes) original = g_file_load_bytes (file, NULL, NULL, NULL);
  g_autoptr(XcProgramme) programme = xc_test_load_data ("huizhou-minimal.xcprog");
  g_autoptr(GBytes) saved = NULL;
  g_autoptr(JsonNode) before = parse (original);
  g_autoptr(JsonNode) after = NULL;
  XcUnit *unit = xc_test_unit (programme, "u-western");

  /* Touch the collections so they are written back from the model. */
  g_assert_cmpuint (g_list_model_get_n_items (xc_unit_get_team (unit)), ==, 2);
  g_assert_cmpuint (g_list_model_get_n_items (xc_unit_get_commitments (unit)), ==, 6);

  saved = xc_programme_to_bytes (programme);
  after = parse (saved);
  g_assert_true (json_node_equal (before, after));
  /* nothing was changed: the file as it was, byte for byte */
  g_assert_true (g_bytes_equal (original, saved));
}

static void
test_every_sample_round_trips (void)
{
  g_autoptr(GDir) dir = g_dir_open (g_getenv ("XIACHEN_SAMPLES_DIR"), 0, NULL);
  const char *name;
  guint n = 0;

  g_assert_nonnull (dir);
  while ((name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *path = g_build_filename (g_getenv ("XIACHEN_SAMPLES_DIR"), name, NULL);
      g_autoptr(GFile) file = g_file_new_for_path (path);
      g_autoptr(GBytes) original = g_file_load_bytes (file, NULL, NULL, NULL);
      g_autoptr(XcProgramme) programme = xc_test_load_sample (name);
      g_autoptr(GBytes) saved = xc_programme_to_bytes (programme);
      g_autoptr(JsonNode) before = parse (original);
      g_autoptr(JsonNode) after = parse (saved);

      g_assert_true (json_node_equal (before, after));
      n++;
    }
  g_assert_cmpuint (n, >=, 1);
}

/* xc_programme_copy() goes through no file: its copy must still save the
 * same bytes' worth of JSON, every ext and unknown member included. */
static void
test_copy_of_every_sample_is_equal (void)
{
  g_autoptr(GDir) dir = g_dir_open (g_getenv ("XIACHEN_SAMPLES_DIR"), 0, NULL);
  const char *name;
  guint n = 0;

  g_assert_nonnull (dir);
  while ((name = g_dir_read_name (dir)) != NULL)
    {
      g_autoptr(XcProgramme) programme = xc_test_load_sample (name);
      g_autoptr(XcProgramme) copy = xc_programme_copy (programme);
      g_autoptr(GBytes) saved = xc_programme_to_bytes (programme);
      g_autoptr(GBytes) copy_saved = xc_programme_to_bytes (copy);
      g_autofree char *saved_text = xc_test_canonical_json (saved);
      g_autofree char *copy_text = xc_test_canonical_json (copy_saved);

      /* the original as read, the copy written anew: the same JSON */
      g_assert_cmpstr (saved_text, ==, copy_text);
      n++;
    }
  g_assert_cmpuint (n, >=, 1);
}

static void
test_edits_are_saved_beside_unknown_members (void)
{
  g_autoptr(XcProgramme) programme = xc_test_load_data ("huizhou-minimal.xcprog");
  g_autoptr(XcProgramme) reloaded = NULL;
  g_autoptr(XcTeamMember) member = xc_team_member_new ();
  g_autoptr(GBytes) saved = NULL;
  g_autoptr(GError) error = NULL;
  XcUnit *unit = xc_test_unit (programme, "u-tcm");

  xc_unit_set_teaching_room_m2 (unit, 30);
  xc_team_member_set_person (member, "p-team-w1");
  xc_team_member_set_residency_months (member, 12);
  g_list_store_append (G_LIST_STORE (xc_unit_get_team (unit)), member);
  g_list_store_remove (G_LIST_STORE (xc_programme_get_people (programme)), 0);

  saved = xc_programme_to_bytes (programme);
  reloaded = xc_programme_new_from_bytes (saved, "saved", &error);
  g_assert_no_error (error);
  unit = xc_test_unit (reloaded, "u-tcm");
  g_assert_cmpfloat (xc_unit_get_teaching_room_m2 (unit), ==, 30);
  g_assert_cmpuint (g_list_model_get_n_items (xc_unit_get_team (unit)), ==, 3);
  g_assert_cmpuint (g_list_model_get_n_items (xc_programme_get_people (reloaded)), ==, 9);
  g_assert_cmpstr (xc_record_get_ext_string (XC_RECORD (xc_test_unit (reloaded, "u-western")), "note"),
                   ==, "kept on round trip");
}

/* What a save writes, the strict reader reads back: json-glib 1.6 writes
 * U+001F and bytes that are not UTF-8 as they are. */
static void
test_saves_escape_control_characters (void)
{
  g_autoptr(XcProgramme) programme = xc_test_load_data ("huizhou-minimal.xcprog");
  g_autoptr(XcProgramme) reloaded = NULL;
  g_autoptr(GBytes) saved = NULL;
  g_autoptr(GError) error = NULL;
  const char *text;
  gsize length;

  /* the last is what a lone surrogate would be in UTF-8, which it is not */
  xc_programme_set_title (programme, "a\x01" "b\x1f" "c\x7f" "d\xed\xa0\x80" "e");
  xc_record_set_ext_member (XC_RECORD (programme), "n\x1f" "ame",
                            json_node_init_string (json_node_alloc (), "\x02"));
  xc_record_set_ext_member (XC_RECORD (programme), "far",
                            json_node_init_double (json_node_alloc (), -INFINITY));
  xc_record_set_ext_member (XC_RECORD (programme), "nan",
                            json_node_init_double (json_node_alloc (), NAN));
  saved = xc_programme_to_bytes (programme);
  text = g_bytes_get_data (saved, &length);

  g_assert_true (xc_json_validate (text, length, &error));
  g_assert_no_error (error);
  for (gsize i = 0; i < length; i++)
    if ((guchar) text[i] < 0x20 && text[i] != '\n')
      g_error ("a raw control character U+%04X at byte %" G_GSIZE_FORMAT, (guchar) text[i], i);
  g_assert_nonnull (strstr (text, "a\\u0001b\\u001fc\\u007fd\xef\xbf\xbd\xef\xbf\xbd\xef\xbf\xbd" "e"));

  reloaded = xc_programme_new_from_bytes (saved, "saved", &error);
  g_assert_no_error (error);
  /* JSON has no infinity: the member is written as null */
  g_assert_true (json_object_has_member (xc_record_get_ext (XC_RECORD (reloaded)), "far"));
  g_assert_null (xc_record_get_ext_member (XC_RECORD (reloaded), "far"));
  g_assert_null (xc_record_get_ext_member (XC_RECORD (reloaded), "nan"));
  g_assert_cmpstr (xc_programme_get_title (reloaded), ==,
                   "a\x01" "b\x1f" "c\x7f" "d\xef\xbf\xbd\xef\xbf\xbd\xef\xbf\xbd" "e");
  g_assert_cmpstr (xc_record_get_ext_string (XC_RECORD (reloaded), "n\x1f" "ame"), ==, "\x02");
}

static void
test_saved_samples_are_strict_json (void)
{
  g_autoptr(GDir) dir = g_dir_open (g_getenv ("XIACHEN_SAMPLES_DIR"), 0, NULL);
  const char *name;
  guint n = 0;

  g_assert_nonnull (dir);
  while ((name = g_dir_read_name (dir)) != NULL)
    {
      g_autoptr(XcProgramme) programme = xc_test_load_sample (name);
      g_autoptr(GBytes) saved = xc_programme_to_bytes (programme);
      g_autoptr(XcProgramme) reloaded = NULL;
      g_autoptr(GBytes) saved_again = NULL;
      g_autoptr(GError) error = NULL;
      gsize length;
      const char *text = g_bytes_get_data (saved, &length);

      g_assert_true (xc_json_validate (text, length, &error));
      g_assert_no_error (error);
      reloaded = xc_programme_new_from_bytes (saved, name, &error);
      g_assert_no_error (error);
      saved_again = xc_programme_to_bytes (reloaded);
      g_assert_true (g_bytes_equal (saved, saved_again));
      n++;
    }
  g_assert_cmpuint (n, >=, 5);
}

/* The new contents replace the file by rename: a reader holding the old
 * file sees it whole, which is also what a crash mid-save leaves. */
static void
test_save_replaces_the_file_atomically (void)
{
  g_autofree char *path = g_build_filename (g_get_tmp_dir (), "atomic.xcprog", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(XcProgramme) programme = xc_test_load_data ("huizhou-minimal.xcprog");
  g_autoptr(GError) error = NULL;
  const char *old_contents = "old contents that must survive";
  char buffer[64] = { 0 };
  int fd;

  g_assert_true (g_file_set_contents (path, old_contents, -1, NULL));
  fd = g_open (path, O_RDONLY, 0);
  g_assert_cmpint (fd, >=, 0);

  g_assert_true (xc_programme_save_to_file (programme, file, NULL, &error));
  g_assert_no_error (error);

  g_assert_cmpint (read (fd, buffer, sizeof buffer - 1), ==, strlen (old_contents));
  g_assert_cmpstr (buffer, ==, old_contents);
  close (fd);
  g_unlink (path);
}

static void
test_save_to_missing_directory_fails_cleanly (void)
{
  g_autoptr(GFile) file = g_file_new_for_path ("/nonexistent/dir/design.xcprog");
  g_autoptr(XcProgramme) programme = xc_test_load_data ("huizhou-minimal.xcprog");
  g_autoptr(GError) error = NULL;

  g_assert_false (xc_programme_save_to_file (programme, file, NULL, &error));
  g_assert_nonnull (error);
}

/* A design as a planner's other tool might write it: compact, with
 * numbers as typed. */
#define LOSSLESS_DESIGN \
  "{\"format\":\"xiachen-programme\",\"version\":1,\"scheme\":\"zibo-station\"," \
  "\"id\":\"d\",\"title\":\"T\",\"period\":{\"start\":\"2024-01-01\",\"months\":12}," \
  "\"budget\":{\"total\":0.1},\"institutions\":[],\"people\":[]," \
  "\"units\":[{\"id\":\"u-1\",\"name\":\"一\",\"facilities\":{\"teaching_room_m2\":0.1},\"ext\":{\"note\":{\"n\":1}}}," \
  "{\"id\":\"u-2\",\"name\":\"二\",\"facilities\":{\"teaching_room_m2\":2.675},\"later\":1.10}]," \
  "\"needs\":[]}\n"

static void
test_save_writes_unchanged_records_as_read (void)
{
  g_autoptr(XcProgramme) programme = xc_test_load_string (LOSSLESS_DESIGN);
  g_autoptr(GBytes) saved = xc_programme_to_bytes (programme);
  g_autoptr(XcProgramme) again = NULL;
  g_autoptr(GError) error = NULL;
  const char *text;

  /* unchanged: the bytes as read */
  g_assert_cmpstr (g_bytes_get_data (saved, NULL), ==, LOSSLESS_DESIGN);

  /* one unit changed: the other is written as it was read, the changed
   * one anew, and no number grows digits */
  xc_unit_set_name (xc_test_unit (programme, "u-1"), "改");
  g_clear_pointer (&saved, g_bytes_unref);
  saved = xc_programme_to_bytes (programme);
  text = g_bytes_get_data (saved, NULL);
  g_assert_nonnull (strstr (text, "{\"id\":\"u-2\",\"name\":\"二\",\"facilities\":{\"teaching_room_m2\":2.675},\"later\":1.10}"));
  g_assert_nonnull (strstr (text, "\"name\" : \"改\""));
  g_assert_nonnull (strstr (text, "\"teaching_room_m2\" : 0.1\n"));
  g_assert_nonnull (strstr (text, "\"total\" : 0.1\n"));
  g_assert_null (strstr (text, "0000000"));

  again = xc_programme_new_from_bytes (saved, "saved.xcprog", &error);
  g_assert_no_error (error);
  xc_test_assert_same_design (programme, again);
}

/* Whatever changes a record, through whichever door, gets written. */
static void
test_save_writes_every_change (void)
{
  g_autoptr(XcProgramme) programme = xc_test_load_string (LOSSLESS_DESIGN);
  XcUnit *unit = xc_test_unit (programme, "u-2");
  g_autoptr(XcTeamMember) member = xc_team_member_new ();
  g_autoptr(XcPerson) person = xc_person_new ();
  g_autoptr(GBytes) saved = NULL;
  g_autoptr(XcProgramme) again = NULL;
  g_autoptr(GError) error = NULL;
  JsonNode *ext;

  /* an inner list of a unit */
  xc_team_member_set_person (member, "p-x");
  g_list_store_append (G_LIST_STORE (xc_unit_get_team (unit)), member);
  /* ext changed in place, as a form does, on a unit nothing else changed */
  ext = xc_record_get_ext_member (XC_RECORD (xc_test_unit (programme, "u-1")), "note");
  json_object_set_int_member (json_node_get_object (ext), "n", 7);
  /* a collection of the programme */
  xc_person_set_id (person, "p-new");
  g_list_store_append (G_LIST_STORE (xc_programme_get_people (programme)), person);
  g_clear_pointer (&saved, g_bytes_unref);
  saved = xc_programme_to_bytes (programme);

  again = xc_programme_new_from_bytes (saved, "saved.xcprog", &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (xc_unit_get_team (xc_test_unit (again, "u-2"))), ==, 1);
  ext = xc_record_get_ext_member (XC_RECORD (xc_test_unit (again, "u-1")), "note");
  g_assert_nonnull (ext);
  g_assert_cmpint (json_object_get_int_member (json_node_get_object (ext), "n"), ==, 7);
  g_assert_nonnull (xc_programme_lookup_person (again, "p-new"));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/core/format/minimal-design-loads", test_minimal_design_loads);
  g_test_add_func ("/core/format/malformed-json-names-line-and-column", test_malformed_json_names_line_and_column);
  g_test_add_func ("/core/format/not-utf8-names-line-and-column", test_not_utf8_names_line_and_column);
  g_test_add_func ("/core/format/deep-nesting-is-refused", test_deep_nesting_is_refused);
  g_test_add_func ("/core/format/strict-json-is-refused-with-its-place", test_strict_json_is_refused_with_its_place);
  g_test_add_func ("/core/format/surrogate-error-names-file-and-line", test_surrogate_error_names_file_and_line);
  g_test_add_func ("/core/format/byte-order-mark-is-ignored", test_byte_order_mark_is_ignored);
  g_test_add_func ("/core/format/integer-members-are-range-checked", test_integer_members_are_range_checked);
  g_test_add_func ("/core/format/version-that-is-not-whole-is-named-as-it-is", test_version_that_is_not_whole_is_named_as_it_is);
  g_test_add_func ("/core/format/empty-file-is-an-error", test_empty_file_is_an_error);
  g_test_add_func ("/core/format/array-document-is-not-a-design", test_array_document_is_not_a_design);
  g_test_add_func ("/core/format/wrong-format-is-not-a-design", test_wrong_format_is_not_a_design);
  g_test_add_func ("/core/format/unknown-version-is-refused", test_unknown_version_is_refused);
  g_test_add_func ("/core/format/wrong-types-name-the-member-path", test_wrong_types_name_the_member_path);
  g_test_add_func ("/core/format/missing-required-members-are-named", test_missing_required_members_are_named);
  g_test_add_func ("/core/format/null-optional-member-reads-as-absent", test_null_optional_member_reads_as_absent);
  g_test_add_func ("/core/format/huge-file-is-refused-before-reading", test_huge_file_is_refused_before_reading);
  g_test_add_func ("/core/format/missing-file-is-a-read-error", test_missing_file_is_a_read_error);
  g_test_add_func ("/core/format/fifo-and-device-are-refused-at-once", test_fifo_and_device_are_refused_at_once);
  g_test_add_func ("/core/format/truncated-designs-never-crash", test_truncated_designs_never_crash);
  g_test_add_func ("/core/format/round-trip-keeps-unknown-members", test_round_trip_keeps_unknown_members);
  g_test_add_func ("/core/format/every-sample-round-trips", test_every_sample_round_trips);
  g_test_add_func ("/core/format/copy-of-every-sample-is-equal", test_copy_of_every_sample_is_equal);
  g_test_add_func ("/core/format/edits-are-saved-beside-unknown-members", test_edits_are_saved_beside_unknown_members);
  g_test_add_func ("/core/format/saves-escape-control-characters", test_saves_escape_control_characters);
  g_test_add_func ("/core/format/saved-samples-are-strict-json", test_saved_samples_are_strict_json);
  g_test_add_func ("/core/format/save-replaces-the-file-atomically", test_save_replaces_the_file_atomically);
  g_test_add_func ("/core/format/save-to-missing-directory-fails-cleanly", test_save_to_missing_directory_fails_cleanly);
  g_test_add_func ("/core/format/save-writes-unchanged-records-as-read", test_save_writes_unchanged_records_as_read);
  g_test_add_func ("/core/format/save-writes-every-change", test_save_writes_every_change);

  return g_test_run ();
}
