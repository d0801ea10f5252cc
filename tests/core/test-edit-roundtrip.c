/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The program never writes what it cannot read back: random sequences of the
 * edits a planner makes (records added, duplicated and removed as the
 * window's buttons do, every writable property of every record set to odd
 * values, team members and commitments added empty, findings accepted and
 * withdrawn) are saved, reopened and compared. Each edit is also checked as
 * the window checks it, beside the last check, and compared with a full
 * check. Each sequence comes from a fixed seed, so a failure is
 * reproducible: rerun with -p and the path. */
#include "config.h"

#include <string.h>

#include "xc-test-util.h"

#define N_EDITS 60

static const char * const odd_strings[] = {
  "", "x", "新人员", "引号\"与\\反斜杠", "制表\t换行\n回车\r", "\x01控制\x1f字符\x7f",
  "🏥 emoji", "u-dup", "p-dup", "inst-dup", "</script>", "null", "  ", "chief", "team",
  "week", "outpatient", "township_health_centre", "2023-02-30", "2024-01-01",
};

static const gint64 odd_integers[] = { 0, 1, -1, 24, 12, 1000000, G_MAXINT32 };
static const double odd_numbers[] = { 0, 0.1, 1, -0.5, 2.5, 1e15, 123456.789 };

static GListModel *
pick_collection (XcProgramme *programme,
                 GRand       *rand,
                 const char **prefix)
{
  switch (g_rand_int_range (rand, 0, 4))
    {
    case 0:
      *prefix = "u";
      return xc_programme_get_units (programme);
    case 1:
      *prefix = "inst";
      return xc_programme_get_institutions (programme);
    case 2:
      *prefix = "p";
      return xc_programme_get_people (programme);
    default:
      *prefix = "t";
      return xc_programme_get_towns (programme);
    }
}

static XcRecord *
pick_item (GListModel *list,
           GRand      *rand)
{
  guint n = g_list_model_get_n_items (list);

  return n > 0 ? g_list_model_get_item (list, (guint) g_rand_int_range (rand, 0, (gint32) n))
               : NULL;
}

/* Any record of the design: the programme, a record of a collection, or a
 * team member or commitment of a unit. */
static XcRecord *
pick_record (XcProgramme *programme,
             GRand       *rand)
{
  const char *prefix;
  g_autoptr(XcRecord) record = NULL;

  switch (g_rand_int_range (rand, 0, 4))
    {
    case 0:
      return g_object_ref (XC_RECORD (programme));
    case 1:
      record = pick_item (xc_programme_get_units (programme), rand);
      if (record != NULL)
        {
          GListModel *parts = g_rand_boolean (rand) ? xc_unit_get_team (XC_UNIT (record))
                                                    : xc_unit_get_commitments (XC_UNIT (record));
          XcRecord *part = pick_item (parts, rand);

          if (part != NULL)
            return part;
        }
      return g_steal_pointer (&record);
    default:
      return pick_item (pick_collection (programme, rand, &prefix), rand);
    }
}

static void
set_random_value (GObject    *object,
                  GParamSpec *pspec,
                  GRand      *rand)
{
  g_auto(GValue) value = G_VALUE_INIT;
  GType type = G_PARAM_SPEC_VALUE_TYPE (pspec);

  g_value_init (&value, type);
  if (type == G_TYPE_STRING)
    g_value_set_string (&value, g_rand_int_range (rand, 0, 8) == 0
                                ? NULL
                                : odd_strings[g_rand_int_range (rand, 0, G_N_ELEMENTS (odd_strings))]);
  else if (type == G_TYPE_INT64)
    g_value_set_int64 (&value, odd_integers[g_rand_int_range (rand, 0, G_N_ELEMENTS (odd_integers))]);
  else if (type == G_TYPE_INT)
    g_value_set_int (&value, (int) odd_integers[g_rand_int_range (rand, 0, G_N_ELEMENTS (odd_integers))]);
  else if (type == G_TYPE_UINT)
    g_value_set_uint (&value, (guint) ABS (odd_integers[g_rand_int_range (rand, 0, G_N_ELEMENTS (odd_integers))]));
  else if (type == G_TYPE_DOUBLE)
    g_value_set_double (&value, odd_numbers[g_rand_int_range (rand, 0, G_N_ELEMENTS (odd_numbers))]);
  else if (type == G_TYPE_BOOLEAN)
    g_value_set_boolean (&value, g_rand_boolean (rand));
  else if (type == G_TYPE_STRV)
    {
      const char *strv[4] = { NULL };
      guint n = (guint) g_rand_int_range (rand, 0, 4);

      for (guint i = 0; i < n; i++)
        strv[i] = odd_strings[g_rand_int_range (rand, 0, G_N_ELEMENTS (odd_strings))];
      g_value_set_boxed (&value, strv);
    }
  else
    return;

  /* What a form row could hand over: within the property's bounds. */
  g_param_value_validate (pspec, &value);
  g_object_set_property (object, pspec->name, &value);
}

static void
edit_property (XcProgramme *programme,
               GRand       *rand)
{
  g_autoptr(XcRecord) record = pick_record (programme, rand);
  g_autofree GParamSpec **pspecs = NULL;
  g_autoptr(GPtrArray) writable = g_ptr_array_new ();
  guint n;

  if (record == NULL)
    return;
  pspecs = g_object_class_list_properties (G_OBJECT_GET_CLASS (record), &n);
  for (guint i = 0; i < n; i++)
    if ((pspecs[i]->flags & G_PARAM_WRITABLE) && !(pspecs[i]->flags & G_PARAM_CONSTRUCT_ONLY))
      g_ptr_array_add (writable, pspecs[i]);
  if (writable->len == 0)
    return;
  set_random_value (G_OBJECT (record),
                    g_ptr_array_index (writable, g_rand_int_range (rand, 0, (gint32) writable->len)),
                    rand);
}

/* As the window's ＋ button does (xc-design-page.c). */
static void
add_record (XcProgramme *programme,
            GRand       *rand)
{
  const char *prefix;
  GListModel *list = pick_collection (programme, rand, &prefix);
  g_autoptr(XcRecord) record = g_object_new (g_list_model_get_item_type (list), NULL);
  g_autofree char *id = xc_programme_make_unique_id (programme, prefix);

  g_object_set (record, "id", id, "name", "新记录", NULL);
  g_list_store_append (G_LIST_STORE (list), record);
}

static void
duplicate_record (XcProgramme *programme,
                  GRand       *rand)
{
  const char *prefix;
  GListModel *list = pick_collection (programme, rand, &prefix);
  g_autoptr(XcRecord) record = pick_item (list, rand);
  g_autoptr(XcRecord) copy = NULL;
  g_autofree char *id = NULL;

  if (record == NULL)
    return;
  copy = xc_record_duplicate (record);
  id = xc_programme_make_unique_id (programme, prefix);
  g_object_set (copy, "id", id, NULL);
  g_list_store_append (G_LIST_STORE (list), copy);
}

static void
remove_record (XcProgramme *programme,
               GRand       *rand)
{
  const char *prefix;
  GListModel *list = pick_collection (programme, rand, &prefix);
  guint n = g_list_model_get_n_items (list);

  if (n > 0)
    g_list_store_remove (G_LIST_STORE (list), (guint) g_rand_int_range (rand, 0, (gint32) n));
}

/* As the team and commitment groups' Add buttons do: a team member with
 * nobody chosen yet, a commitment half filled in. */
static void
add_unit_part (XcProgramme *programme,
               GRand       *rand)
{
  g_autoptr(XcUnit) unit = XC_UNIT (pick_item (xc_programme_get_units (programme), rand));

  if (unit == NULL)
    return;
  if (g_rand_boolean (rand))
    {
      g_autoptr(XcTeamMember) member = xc_team_member_new ();

      g_list_store_append (G_LIST_STORE (xc_unit_get_team (unit)), member);
    }
  else
    {
      g_autoptr(XcCommitment) commitment = xc_commitment_new ();

      if (g_rand_boolean (rand))
        xc_commitment_set_role (commitment, "team");
      g_list_store_append (G_LIST_STORE (xc_unit_get_commitments (unit)), commitment);
    }
}

static void
remove_unit_part (XcProgramme *programme,
                  GRand       *rand)
{
  g_autoptr(XcUnit) unit = XC_UNIT (pick_item (xc_programme_get_units (programme), rand));
  GListModel *parts;
  guint n;

  if (unit == NULL)
    return;
  parts = g_rand_boolean (rand) ? xc_unit_get_team (unit) : xc_unit_get_commitments (unit);
  n = g_list_model_get_n_items (parts);
  if (n > 0)
    g_list_store_remove (G_LIST_STORE (parts), (guint) g_rand_int_range (rand, 0, (gint32) n));
}

/* The design's findings. Not xc_test_validate(): what a planner typed in
 * (“week” as a start date) may show in a message as it was typed. */
static XcReport *
validate (XcProgramme *programme)
{
  g_autoptr(XcValidator) validator = xc_validator_new (xc_test_get_registry ());

  return xc_validator_validate (validator, programme);
}

/* A need as its form starts it: institution or specialty not chosen yet. */
static void
add_or_remove_need (XcProgramme *programme,
                    GRand       *rand)
{
  GListModel *needs = xc_programme_get_needs (programme);
  g_autoptr(XcRecord) institution = pick_item (xc_programme_get_institutions (programme), rand);
  guint n = g_list_model_get_n_items (needs);

  if (n > 0 && g_rand_boolean (rand))
    {
      g_list_store_remove (G_LIST_STORE (needs), (guint) g_rand_int_range (rand, 0, (gint32) n));
      return;
    }
  xc_test_add_need (programme,
                    institution != NULL && g_rand_boolean (rand) ? xc_record_get_id (institution) : NULL,
                    g_rand_boolean (rand) ? "dermatology" : NULL);
}

static void
accept_or_withdraw (XcProgramme *programme,
                    GRand       *rand)
{
  GListModel *deviations = xc_programme_get_deviations (programme);
  g_autoptr(XcReport) report = NULL;
  g_autoptr(XcFinding) finding = NULL;
  guint n;

  if (g_list_model_get_n_items (deviations) > 0 && g_rand_boolean (rand))
    {
      g_autoptr(XcDeviation) deviation = XC_DEVIATION (pick_item (deviations, rand));

      g_assert_true (xc_programme_withdraw_deviation (programme, deviation));
      return;
    }
  report = validate (programme);
  n = g_list_model_get_n_items (G_LIST_MODEL (report));
  if (n == 0)
    return;
  finding = g_list_model_get_item (G_LIST_MODEL (report),
                                   (guint) g_rand_int_range (rand, 0, (gint32) n));
  if (!xc_finding_is_accepted (finding))
    xc_programme_accept_finding (programme, finding,
                                 odd_strings[g_rand_int_range (rand, 0, G_N_ELEMENTS (odd_strings))]);
}

static void
apply_random_edit (XcProgramme *programme,
                   GRand       *rand)
{
  switch (g_rand_int_range (rand, 0, 11))
    {
    case 0:
      add_record (programme, rand);
      break;
    case 10:
      add_or_remove_need (programme, rand);
      break;
    case 1:
      duplicate_record (programme, rand);
      break;
    case 2:
      remove_record (programme, rand);
      break;
    case 3:
      add_unit_part (programme, rand);
      break;
    case 4:
      remove_unit_part (programme, rand);
      break;
    case 5:
      accept_or_withdraw (programme, rand);
      break;
    default:
      edit_property (programme, rand);
      break;
    }
}

typedef struct
{
  const char *sample;
  guint32     seed;
} Case;

static void
checked_cb (GObject      *source,
            GAsyncResult *result,
            gpointer      user_data)
{
  XcReport **report = user_data;
  g_autoptr(GError) error = NULL;

  *report = xc_validator_check_bytes_finish (XC_VALIDATOR (source), result, &error);
  g_assert_no_error (error);
}

/* As the window checks after each edit: with a validator that remembers
 * its last check and copies the findings of the units an edit left as
 * they were. The findings must be those of a full check, in its order. */
static void
assert_checked_as_in_full (XcValidator *validator,
                           XcProgramme *programme,
                           guint32      seed,
                           guint        edit)
{
  g_autoptr(XcReport) again = NULL;
  g_autoptr(XcReport) full = validate (programme);
  g_autofree char *again_text = NULL;
  g_autofree char *full_text = NULL;

  xc_validator_check_programme_async (validator, programme, "design", NULL, checked_cb, &again);
  while (again == NULL)
    g_main_context_iteration (NULL, TRUE);
  again_text = xc_test_describe_report (again);
  full_text = xc_test_describe_report (full);
  if (g_strcmp0 (again_text, full_text) != 0)
    g_error ("seed %u, edit %u: checked again\n%s\nin full\n%s", seed, edit, again_text, full_text);
}

static void
test_edits_save_and_reopen (gconstpointer data)
{
  const Case *test_case = data;
  g_autoptr(XcProgramme) programme = xc_test_load_sample (test_case->sample);
  g_autoptr(GRand) rand = g_rand_new_with_seed (test_case->seed);
  g_autoptr(XcValidator) validator = xc_validator_new (xc_test_get_registry ());

  for (guint i = 0; i < N_EDITS; i++)
    {
      g_autoptr(GBytes) bytes = NULL;
      g_autoptr(GBytes) again = NULL;
      g_autoptr(XcProgramme) reopened = NULL;
      g_autoptr(XcReport) report = NULL;
      g_autoptr(XcIndicators) indicators = NULL;
      g_autoptr(GError) error = NULL;

      apply_random_edit (programme, rand);
      assert_checked_as_in_full (validator, programme, test_case->seed, i);

      /* Every few edits, as the drafts and saves do. */
      if (i % 10 != 9)
        continue;
      bytes = xc_programme_to_bytes (programme);
      reopened = xc_programme_new_from_bytes (bytes, test_case->sample, &error);
      if (error != NULL)
        g_error ("seed %u, edit %u: the program wrote what it cannot read back: %s\n%.*s",
                 test_case->seed, i, error->message, (int) MIN (g_bytes_get_size (bytes), 4000),
                 (const char *) g_bytes_get_data (bytes, NULL));
      xc_test_assert_same_design (programme, reopened);
      again = xc_programme_to_bytes (reopened);
      g_assert_true (g_bytes_equal (bytes, again));
      /* And it can be checked and measured: the rules and the indicators
       * cope with what is not filled in. */
      report = validate (reopened);
      g_assert_nonnull (report);
      indicators = xc_indicators_new_for_programme (reopened);
      g_assert_nonnull (indicators);
    }
}

int
main (int   argc,
      char *argv[])
{
  static const char * const samples[] = {
    "huizhou-nkls.xcprog", "zibo-stations.xcprog", "nanan-disciplines.xcprog",
    "yunnan-workstations.xcprog", "chaozhou-talent.xcprog",
  };
  static Case cases[G_N_ELEMENTS (samples) * 4];

  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  for (guint s = 0; s < G_N_ELEMENTS (samples); s++)
    for (guint32 seed = 1; seed <= 4; seed++)
      {
        Case *test_case = &cases[s * 4 + seed - 1];
        g_autofree char *path = NULL;

        test_case->sample = samples[s];
        test_case->seed = seed;
        path = g_strdup_printf ("/core/model/random-edits-save-and-reopen/%s/seed-%u",
                                samples[s], seed);
        g_test_add_data_func (path, test_case, test_edits_save_and_reopen);
      }

  return g_test_run ();
}
