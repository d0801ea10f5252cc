/* SPDX-License-Identifier: GPL-3.0-or-later */
/* An edit checks again only the units it touched: the rules of the units
 * an edit left as they were are not run again, their findings are copied
 * from the last check, and the report is the one a full check gives,
 * finding for finding and in the same order.
 *
 * White-box: built from the core's own objects and the five schemes' rule
 * files, to count what the library does not export. */
#include "config.h"

#include <locale.h>

#include "xc-core-rules-private.h"
#include "xc-design-private.h"
#include "xc-report-private.h"

#include "cz-rules.h"
#include "hz-rules.h"
#include "na-rules.h"
#include "yn-rules.h"
#include "zb-rules.h"

#include "xc-test-util.h"

/* Loops over the units that report unit by unit: the core's XC-01
 * references, XC-02 units and XC-06, and one in each scheme. */
#define N_PASSES 4

typedef struct
{
  const char  *sample;
  GListModel *(*list_rules) (void);
  void        (*check)      (XcDesign *design,
                             XcReport *report);
} Scheme;

static const Scheme schemes[] = {
  { "huizhou-nkls.xcprog", hz_rules_list, hz_rules_check },
  { "zibo-stations.xcprog", zb_rules_list, zb_rules_check },
  { "nanan-disciplines.xcprog", na_rules_list, na_rules_check },
  { "yunnan-workstations.xcprog", yn_rules_list, yn_rules_check },
  { "chaozhou-talent.xcprog", cz_rules_list, cz_rules_check },
};

static XcDesign *
read_design (XcProgramme *programme)
{
  g_autoptr(GBytes) bytes = xc_programme_to_bytes (programme);
  g_autoptr(GError) error = NULL;
  XcDesign *design = xc_design_new_from_bytes (bytes, "design", &error);

  g_assert_no_error (error);
  return design;
}

/* The core's rules and the scheme's into one report, keeping each unit's
 * findings in @into and copying those of the units @clean marks from
 * @from. */
static XcReport *
check (const Scheme   *scheme,
       XcDesign       *design,
       XcUnitFindings *into,
       XcUnitFindings *from,
       GBytes         *clean)
{
  g_autoptr(XcPluginRegistry) registry = xc_plugin_registry_new ();
  g_autoptr(GListModel) core_rules = _xc_core_rules_list ();
  g_autoptr(GListModel) rules = scheme->list_rules ();
  XcReport *report = xc_report_new ();
  guint n_units;

  xc_design_get_units (design, &n_units);
  xc_report_add_rules (report, core_rules);
  xc_report_add_rules (report, rules);
  _xc_report_set_unit_findings (report, into, from, clean, n_units);
  _xc_core_rules_check (design, registry, report);
  scheme->check (design, report);
  _xc_report_set_unit_findings (report, NULL, NULL, NULL, 0);
  return report;
}

typedef struct
{
  const Scheme   *scheme;
  XcProgramme    *programme;
  XcDesign       *design;     /* as last checked */
  XcUnitFindings *units;      /* what each unit got then */
} Editing;

/* Checks the design as it is now beside the last check, and as a full
 * check would; the two must agree. Returns how many units' findings were
 * copied, over all passes. */
static guint
check_again (Editing    *editing,
             const char *edit)
{
  g_autoptr(XcDesign) design = read_design (editing->programme);
  g_autoptr(GBytes) clean = _xc_design_compare_units (design, editing->design);
  g_autoptr(XcUnitFindings) units = _xc_unit_findings_new ();
  g_autoptr(XcReport) again = check (editing->scheme, design, units, editing->units, clean);
  g_autoptr(XcReport) full = check (editing->scheme, design, NULL, NULL, NULL);
  g_autofree char *again_text = xc_test_describe_report (again);
  g_autofree char *full_text = xc_test_describe_report (full);
  guint copied = _xc_report_count_units_copied (again);

  g_test_message ("%s, %s: %u findings, %u units' findings copied", editing->scheme->sample,
                  edit, g_list_model_get_n_items (G_LIST_MODEL (full)), copied);
  g_assert_cmpstr (again_text, ==, full_text);
  g_assert_cmpuint (_xc_report_count_units_copied (full), ==, 0);

  g_set_object (&editing->design, design);
  g_clear_pointer (&editing->units, _xc_unit_findings_unref);
  editing->units = g_steal_pointer (&units);
  return copied;
}

static XcUnit *
get_unit (XcProgramme *programme,
          guint        index)
{
  return g_list_model_get_item (xc_programme_get_units (programme), index);
}

static void
test_scheme_checks_the_units_touched (gconstpointer data)
{
  const Scheme *scheme = data;
  g_autoptr(XcProgramme) programme = xc_test_load_sample (scheme->sample);
  Editing editing = { scheme, programme, NULL, _xc_unit_findings_new () };
  GListModel *units = xc_programme_get_units (programme);
  guint n = g_list_model_get_n_items (units);
  g_autoptr(XcUnit) first = get_unit (programme, 0);
  g_autoptr(XcUnit) middle = get_unit (programme, n / 2);
  g_autoptr(XcUnit) last = get_unit (programme, n - 1);
  g_autoptr(XcUnit) copy = NULL;
  g_autoptr(XcPerson) person = g_list_model_get_item (xc_programme_get_people (programme), 0);
  g_autoptr(XcReport) first_check = NULL;

  g_assert_cmpuint (n, >=, 3);
  /* the design as opened, read as its edits will be */
  editing.design = read_design (programme);
  first_check = check (scheme, editing.design, editing.units, NULL, NULL);

  g_assert_cmpuint (check_again (&editing, "nothing changed"), ==, N_PASSES * n);

  xc_unit_set_name (middle, "改了名的单元");
  g_assert_cmpuint (check_again (&editing, "a unit's name"), ==, N_PASSES * (n - 1));

  /* counts across units change with one unit: a mentor's studios (HZ-02),
   * an expert's days on site (XC-03) */
  xc_unit_set_lead (first, xc_unit_get_lead (last));
  g_assert_cmpuint (check_again (&editing, "a unit's lead"), ==, N_PASSES * (n - 1));
  /* the first unit's host is now another's, and then none the design has */
  for (guint i = 1; i < n; i++)
    {
      g_autoptr(XcUnit) other = get_unit (programme, i);

      if (g_strcmp0 (xc_unit_get_host (other), xc_unit_get_host (first)) != 0)
        {
          xc_unit_set_host (first, xc_unit_get_host (other));
          g_assert_cmpuint (check_again (&editing, "a unit's host"), ==, N_PASSES * (n - 1));
          break;
        }
    }
  xc_unit_set_host (last, "i-not-in-the-design");
  g_assert_cmpuint (check_again (&editing, "a dangling host"), ==, N_PASSES * (n - 1));

  if (g_list_model_get_n_items (xc_unit_get_team (last)) > 0)
    {
      g_list_store_remove (G_LIST_STORE (xc_unit_get_team (last)), 0);
      g_assert_cmpuint (check_again (&editing, "a team member"), ==, N_PASSES * (n - 1));
    }

  copy = XC_UNIT (xc_record_duplicate (XC_RECORD (last)));
  xc_unit_set_id (copy, "u-copy");
  g_list_store_append (G_LIST_STORE (units), copy);
  g_assert_cmpuint (check_again (&editing, "a unit added"), ==, N_PASSES * n);
  /* the same id twice is XC-01's, across units */
  xc_unit_set_id (copy, xc_unit_get_id (last));
  g_assert_cmpuint (check_again (&editing, "a unit's id repeated"), ==, N_PASSES * n);

  g_list_store_remove (G_LIST_STORE (units), 0);
  check_again (&editing, "the first unit removed");

  /* outside the units, anything may depend on it */
  xc_person_set_name (person, "另一个人");
  g_assert_cmpuint (check_again (&editing, "a person's name"), ==, 0);
  xc_programme_set_title (programme, "另一个标题");
  g_assert_cmpuint (check_again (&editing, "the programme's title"), ==, 0);

  g_clear_object (&editing.design);
  g_clear_pointer (&editing.units, _xc_unit_findings_unref);
}

/* Random edits to the units, each checked beside the last check and in
 * full: leads, hosts and ids shared between units bring about the counts
 * across units (a mentor's third studio, an expert's days, coverage, a
 * repeated id) that a rule must not keep inside a unit. Fixed seeds. */
#define N_RANDOM_EDITS 150

static const char *
pick (GPtrArray *pool,
      GRand     *rand)
{
  return g_ptr_array_index (pool, g_rand_int_range (rand, 0, (gint32) pool->len));
}

static GPtrArray *
collect_ids (GListModel *list,
             const char *missing)
{
  GPtrArray *ids = g_ptr_array_new_with_free_func (g_free);

  for (guint i = 0; i < g_list_model_get_n_items (list); i++)
    {
      g_autoptr(XcRecord) record = g_list_model_get_item (list, i);

      g_ptr_array_add (ids, g_strdup (xc_record_get_id (record)));
    }
  g_ptr_array_add (ids, g_strdup (missing));
  return ids;
}

static void
edit_a_unit (XcProgramme *programme,
             GPtrArray   *people,
             GPtrArray   *institutions,
             GRand       *rand)
{
  static const char * const variants[] = {
    "western", "tcm", "pairing", "trusteeship", "order_training", "migratory", NULL,
  };
  static const char * const services[] = {
    "referral_booking", "remote_consultation", "remote_imaging", "green_channel", NULL,
  };
  GListModel *units = xc_programme_get_units (programme);
  guint n = g_list_model_get_n_items (units);
  g_autoptr(XcUnit) unit = get_unit (programme, (guint) g_rand_int_range (rand, 0, (gint32) n));

  switch (g_rand_int_range (rand, 0, 10))
    {
    case 0:
      xc_unit_set_lead (unit, pick (people, rand));
      break;
    case 1:
      xc_unit_set_host (unit, pick (institutions, rand));
      break;
    case 2:
      xc_unit_set_variant (unit, variants[g_rand_int_range (rand, 0, G_N_ELEMENTS (variants))]);
      break;
    case 3:
      xc_unit_set_months (unit, g_rand_int_range (rand, 0, 40));
      break;
    case 4:
      {
        g_autoptr(XcRecord) copy = xc_record_duplicate (XC_RECORD (unit));
        g_autofree char *id = g_strdup_printf ("u-random-%u", g_rand_int (rand));

        /* now and then the id of the unit copied */
        if (g_rand_int_range (rand, 0, 3) > 0)
          xc_unit_set_id (XC_UNIT (copy), id);
        g_list_store_append (G_LIST_STORE (units), copy);
      }
      break;
    case 5:
      if (n > 1)
        g_list_store_remove (G_LIST_STORE (units), (guint) g_rand_int_range (rand, 0, (gint32) n));
      break;
    case 6:
      {
        GListModel *team = xc_unit_get_team (unit);
        guint n_team = g_list_model_get_n_items (team);

        if (n_team > 0 && g_rand_boolean (rand))
          g_list_store_remove (G_LIST_STORE (team), (guint) g_rand_int_range (rand, 0, (gint32) n_team));
        else
          {
            g_autoptr(XcTeamMember) member = xc_team_member_new ();

            xc_team_member_set_person (member, pick (people, rand));
            xc_team_member_set_residency_months (member, g_rand_int_range (rand, 0, 24));
            g_list_store_append (G_LIST_STORE (team), member);
          }
      }
      break;
    case 7:
      {
        const char *learners[] = { pick (people, rand), pick (people, rand), NULL };

        xc_unit_set_learners (unit, learners);
      }
      break;
    case 8:
      {
        const char *chosen[] = { services[g_rand_int_range (rand, 0, 4)],
                                 services[g_rand_int_range (rand, 0, 5)], NULL };

        xc_unit_set_services (unit, chosen);
      }
      break;
    default:
      xc_unit_set_start (unit, g_rand_boolean (rand) ? "2019-01-01" : "2021-06-01");
      break;
    }
}

static void
test_random_unit_edits (gconstpointer data)
{
  const Scheme *scheme = data;
  g_autoptr(XcProgramme) programme = xc_test_load_sample (scheme->sample);
  g_autoptr(GRand) rand = g_rand_new_with_seed (20261205);
  g_autoptr(GPtrArray) people = collect_ids (xc_programme_get_people (programme), "p-missing");
  g_autoptr(GPtrArray) institutions = collect_ids (xc_programme_get_institutions (programme),
                                                   "i-missing");
  Editing editing = { scheme, programme, read_design (programme), _xc_unit_findings_new () };
  guint copied = 0;

  /* The first check fills editing.units; its report is not needed. */
  g_object_unref (check (scheme, editing.design, editing.units, NULL, NULL));

  for (guint i = 0; i < N_RANDOM_EDITS; i++)
    {
      g_autofree char *edit = g_strdup_printf ("random edit %u", i);

      edit_a_unit (programme, people, institutions, rand);
      copied += check_again (&editing, edit);
    }
  /* most edits leave most units as they were */
  g_assert_cmpuint (copied, >, N_RANDOM_EDITS);

  g_clear_object (&editing.design);
  g_clear_pointer (&editing.units, _xc_unit_findings_unref);
}

/* Through the validator, as the window checks: it keeps the last check
 * itself, marks the copies accepted afresh, and forgets the findings when
 * their words may have changed. Without a scheme installed, the core's
 * three passes run. */
typedef struct
{
  XcReport *report;
} Waiting;

static void
checked_cb (GObject      *source,
            GAsyncResult *result,
            gpointer      user_data)
{
  Waiting *waiting = user_data;
  g_autoptr(GError) error = NULL;

  waiting->report = xc_validator_check_bytes_finish (XC_VALIDATOR (source), result, &error);
  g_assert_no_error (error);
}

static XcReport *
check_edited (XcValidator *validator,
              XcProgramme *programme)
{
  g_autoptr(GBytes) bytes = xc_programme_to_bytes (programme);
  Waiting waiting = { NULL };

  xc_validator_check_bytes_async (validator, bytes, "design", NULL, checked_cb, &waiting);
  while (waiting.report == NULL)
    g_main_context_iteration (NULL, TRUE);
  return waiting.report;
}

static guint
validate_again (XcValidator *validator,
                XcProgramme *programme,
                const char  *edit)
{
  g_autoptr(XcPluginRegistry) registry = xc_plugin_registry_new ();
  g_autoptr(XcValidator) fresh = xc_validator_new (registry);
  g_autoptr(XcReport) again = check_edited (validator, programme);
  g_autoptr(XcDesign) design = read_design (programme);
  g_autoptr(XcReport) full = xc_validator_check (fresh, design);
  g_autofree char *again_text = xc_test_describe_report (again);
  g_autofree char *full_text = xc_test_describe_report (full);

  g_test_message ("%s: %u findings, %u units' findings copied", edit,
                  g_list_model_get_n_items (G_LIST_MODEL (full)),
                  _xc_report_count_units_copied (again));
  g_assert_cmpstr (again_text, ==, full_text);
  return _xc_report_count_units_copied (again);
}

static void
test_validator_checks_the_units_touched (void)
{
  g_autoptr(XcPluginRegistry) registry = xc_plugin_registry_new ();
  g_autoptr(XcValidator) validator = xc_validator_new (registry);
  g_autoptr(XcProgramme) programme = xc_test_load_sample ("zibo-stations.xcprog");
  guint n = g_list_model_get_n_items (xc_programme_get_units (programme));
  g_autoptr(XcUnit) first = get_unit (programme, 0);
  g_autoptr(XcUnit) last = get_unit (programme, n - 1);
  g_autoptr(XcReport) report = NULL;
  g_autoptr(XcFinding) finding = NULL;
  XcDeviation *deviation;

  g_assert_cmpuint (validate_again (validator, programme, "the first check"), ==, 0);
  xc_unit_set_name (first, "改了名的单元");
  g_assert_cmpuint (validate_again (validator, programme, "a unit's name"), ==, 3 * (n - 1));

  /* a unit's finding accepted: the deviations are outside the units */
  xc_unit_set_start (last, "2000-01-01");
  validate_again (validator, programme, "a unit's start");
  report = check_edited (validator, programme);
  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (report)) && finding == NULL; i++)
    {
      g_autoptr(XcFinding) candidate = g_list_model_get_item (G_LIST_MODEL (report), i);

      if (g_strcmp0 (xc_finding_get_rule_id (candidate), "XC-02") == 0
          && g_strcmp0 (xc_finding_get_unit_id (candidate), xc_unit_get_id (last)) == 0)
        finding = g_steal_pointer (&candidate);
    }
  g_assert_nonnull (finding);
  deviation = xc_programme_accept_finding (programme, finding, "试点先行");
  g_assert_cmpuint (validate_again (validator, programme, "a finding accepted"), ==, 0);
  /* the accepted finding copied is accepted again, by the new check */
  xc_unit_set_name (first, "又改了名");
  g_assert_cmpuint (validate_again (validator, programme, "a unit's name again"), ==, 3 * (n - 1));
  g_assert_true (xc_programme_withdraw_deviation (programme, deviation));
  g_assert_cmpuint (validate_again (validator, programme, "the deviation withdrawn"), ==, 0);

  /* translations loaded anew: every message is worded again */
  setlocale (LC_ALL, "");
  g_assert_cmpuint (validate_again (validator, programme, "the locale set again"), ==, 0);
  g_assert_cmpuint (validate_again (validator, programme, "nothing changed"), ==, 3 * n);
}

/* What a validator keeps of its last check, a national design's records
 * and findings, is freed in a worker, not in the thread that lets go of
 * the validator (the window's). */
static void
test_last_check_freed_in_worker (void)
{
  g_autoptr(XcPluginRegistry) registry = xc_plugin_registry_new ();
  XcValidator *validator = xc_validator_new (registry);
  g_autoptr(XcProgramme) programme = xc_test_load_sample ("zibo-stations.xcprog");
  g_autoptr(XcUnit) unit = get_unit (programme, 0);
  XcReport *report;
  XcTestFreeing *freeing;

  xc_unit_set_name (unit, "改了名的单元");
  report = check_edited (validator, programme);
  freeing = xc_test_watch_freeing (xc_report_get_design (report));
  /* the report and the last check hold it once the check's worker has
   * let go of it too */
  while (g_atomic_int_get (&G_OBJECT (xc_report_get_design (report))->ref_count) > 2)
    g_usleep (1000);
  g_object_unref (report);
  g_object_unref (programme);
  programme = NULL;

  g_object_unref (validator);
  g_assert_true (xc_test_wait_freed (freeing) != g_thread_self ());
}

/* The calls a scheme makes, without a check around them: every unit is
 * checked, and a unit left open is a plugin's bug. */
static void
test_report_without_last_check (void)
{
  g_autoptr(XcReport) report = xc_report_new ();

  g_assert_true (xc_report_begin_unit (report, "pass", 0));
  xc_report_end_unit (report);
  g_assert_true (xc_report_begin_unit (report, "pass", 0));
  g_test_expect_message ("xc-rules", G_LOG_LEVEL_CRITICAL, "*was not ended*");
  g_assert_true (xc_report_begin_unit (report, "pass", 1));
  g_test_assert_expected_messages ();
  xc_report_end_unit (report);
}

/* A scheme that gets the calls wrong: one pass for two loops, a unit the
 * design lacks, a unit left open. Each is a critical, and what the pass
 * found is never copied: the next check runs its rules again. */
static const XcRuleInfo careless_rules[] = {
  { "T-01", XC_SEVERITY_INFO, "A unit is a unit.", "单元", "test" },
};

typedef enum
{
  TWO_LOOPS_ONE_PASS,
  NO_SUCH_UNIT,
  LEFT_OPEN,
} Mistake;

static guint n_checked;

static void
check_carelessly (XcDesign *design,
                  XcReport *report,
                  Mistake   mistake)
{
  guint n_units;
  const XcUnitData *units = xc_design_get_units (design, &n_units);

  for (guint loop = 0; loop < 2; loop++)
    for (guint i = 0; i < n_units; i++)
      {
        guint unit = mistake == NO_SUCH_UNIT && loop == 0 && i == n_units - 1 ? n_units + 1000000 : i;

        const char *pass = mistake == TWO_LOOPS_ONE_PASS ? "careless" : loop == 0 ? "first" : "second";

        if (!xc_report_begin_unit (report, pass, unit))
          continue;
        n_checked++;
        xc_report_add (report, "T-01", units[i].id, NULL, NULL, "loop %u, unit %u", loop, i);
        if (mistake == LEFT_OPEN && loop == 1 && i == n_units - 1)
          return;
        xc_report_end_unit (report);
      }
}

static XcReport *
check_careless (XcDesign       *design,
                Mistake         mistake,
                XcUnitFindings *into,
                XcUnitFindings *from,
                GBytes         *clean)
{
  g_autoptr(GListModel) rules = xc_rule_list_new_from_table (careless_rules, 1, NULL);
  XcReport *report = xc_report_new ();
  guint n_units;

  xc_design_get_units (design, &n_units);
  xc_report_add_rules (report, rules);
  _xc_report_set_unit_findings (report, into, from, clean, n_units);
  check_carelessly (design, report, mistake);
  _xc_report_set_unit_findings (report, NULL, NULL, NULL, 0);
  return report;
}

static void
test_careless_scheme (gconstpointer data)
{
  Mistake mistake = GPOINTER_TO_UINT (data);
  static const char * const expected[] = {
    "*began the unit 0 twice*", "*the design has no unit*", "*begun and not ended*",
  };
  g_autoptr(XcProgramme) programme = xc_test_load_sample ("zibo-stations.xcprog");
  g_autoptr(XcDesign) design = read_design (programme);
  g_autoptr(XcUnitFindings) first = _xc_unit_findings_new ();
  g_autoptr(XcUnitFindings) second = _xc_unit_findings_new ();
  g_autoptr(GBytes) clean = _xc_design_compare_units (design, design);
  g_autoptr(XcReport) full = NULL;
  g_autoptr(XcReport) again = NULL;
  g_autofree char *full_text = NULL;
  g_autofree char *again_text = NULL;
  guint n_units, n_full;

  xc_design_get_units (design, &n_units);
  g_test_expect_message ("xc-rules", G_LOG_LEVEL_CRITICAL, expected[mistake]);
  n_checked = 0;
  full = check_careless (design, mistake, first, NULL, NULL);
  g_test_assert_expected_messages ();
  n_full = n_checked;

  /* every unit as it was: only what the passes kept properly is copied */
  g_test_expect_message ("xc-rules", G_LOG_LEVEL_CRITICAL, expected[mistake]);
  n_checked = 0;
  again = check_careless (design, mistake, second, first, clean);
  g_test_assert_expected_messages ();
  full_text = xc_test_describe_report (full);
  again_text = xc_test_describe_report (again);
  g_assert_cmpstr (again_text, ==, full_text);
  switch (mistake)
    {
    case TWO_LOOPS_ONE_PASS:
      /* the spoiled pass is checked in full again */
      g_assert_cmpuint (n_checked, ==, n_full);
      break;
    case NO_SUCH_UNIT:
      /* the first loop's pass in full again, the second's copied */
      g_assert_cmpuint (n_checked, ==, n_units);
      break;
    case LEFT_OPEN:
    default:
      /* the open unit alone */
      g_assert_cmpuint (n_checked, ==, 1);
      break;
    }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  for (guint i = 0; i < G_N_ELEMENTS (schemes); i++)
    {
      g_autofree char *path = g_strdup_printf ("/core/rules/an-edit-checks-the-units-it-touched/%s",
                                               schemes[i].sample);

      g_test_add_data_func (path, &schemes[i], test_scheme_checks_the_units_touched);
      g_free (path);
      path = g_strdup_printf ("/core/rules/random-unit-edits-as-a-full-check/%s", schemes[i].sample);
      g_test_add_data_func (path, &schemes[i], test_random_unit_edits);
    }
  g_test_add_func ("/core/validator/an-edit-checks-the-units-it-touched",
                   test_validator_checks_the_units_touched);
  g_test_add_func ("/core/validator/last-check-freed-in-a-worker", test_last_check_freed_in_worker);
  g_test_add_func ("/core/report/units-without-a-last-check", test_report_without_last_check);
  g_test_add_data_func ("/core/report/careless-scheme/two-loops-one-pass",
                        GUINT_TO_POINTER (TWO_LOOPS_ONE_PASS), test_careless_scheme);
  g_test_add_data_func ("/core/report/careless-scheme/no-such-unit",
                        GUINT_TO_POINTER (NO_SUCH_UNIT), test_careless_scheme);
  g_test_add_data_func ("/core/report/careless-scheme/left-open",
                        GUINT_TO_POINTER (LEFT_OPEN), test_careless_scheme);

  return g_test_run ();
}
