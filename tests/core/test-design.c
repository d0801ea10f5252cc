/* SPDX-License-Identifier: GPL-3.0-or-later */
/* XcDesign, the plain records plugins read: what each member reads as,
 * references resolved, and files refused as the model refuses them. */
#include "config.h"

#include <string.h>

#include "xc-test-util.h"

#define DESIGN \
  "{\"format\":\"xiachen-programme\",\"version\":1,\"scheme\":\"zibo-station\",\"id\":\"d\"," \
  "\"title\":\"T\",\"period\":{\"start\":\"2024-01-01\",\"months\":24}," \
  "\"region\":{\"towns\":[{\"id\":\"t-1\",\"name\":\"一镇\",\"county\":\"甲县\"}]}," \
  "\"budget\":{\"total\":0.5},\"ext\":{\"note\":\"programme\"}," \
  "\"institutions\":[{\"id\":\"i-1\",\"name\":\"卫生院\",\"kind\":\"township_health_centre\"," \
  "\"town\":\"t-1\",\"ext\":{\"seconded\":true}}," \
  "{\"id\":\"i-1\",\"name\":\"重复\",\"kind\":\"hospital\"}]," \
  "\"people\":[{\"id\":\"p-1\",\"name\":\"张\",\"title\":\"chief\",\"institution\":\"i-1\"," \
  "\"honours\":[\"municipal_famous_doctor\"]}," \
  "{\"id\":\"p-2\",\"name\":\"\",\"title\":\"attending\",\"institution\":\"i-ghost\"}]," \
  "\"units\":[{\"id\":\"u-1\",\"host\":\"i-1\",\"lead\":\"p-1\"," \
  "\"team\":[{\"person\":\"p-2\",\"residency_months\":12},{\"person\":\"p-ghost\"}]," \
  "\"learners\":[\"p-2\",\"p-nobody\"]," \
  "\"commitments\":[{\"role\":\"lead\",\"activity\":\"on_site_days\",\"count\":3,\"per\":\"month\"}," \
  "{\"role\":\"team\",\"activity\":\"on_site_days\",\"count\":1,\"per\":\"week\"}]," \
  "\"targets\":{\"outpatients\":100,\"later_target\":5},\"ext\":{\"partner\":\"i-1\"}}]," \
  "\"needs\":[{\"institution\":\"i-1\",\"specialty\":\"cardiology\"}]}"

static XcDesign *
read_design (const char  *text,
             GError     **error)
{
  g_autoptr(GBytes) bytes = g_bytes_new (text, strlen (text));

  return xc_design_new_from_bytes (bytes, "design.xcprog", error);
}

static void
test_records_and_references (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(XcDesign) design = read_design (DESIGN, &error);
  const XcProgrammeData *programme;
  const XcInstitutionData *institutions;
  const XcPersonData *people;
  const XcUnitData *units;
  const XcNeedData *needs;
  guint n_towns, n_institutions, n_people, n_units, n_needs;

  g_assert_no_error (error);
  programme = xc_design_get_programme (design);
  g_assert_cmpstr (programme->scheme, ==, "zibo-station");
  g_assert_cmpint (programme->months, ==, 24);
  g_assert_cmpfloat (programme->budget_total, ==, 0.5);
  /* absent: as the GObject model's getters read them */
  g_assert_cmpfloat (programme->budget_per_year, ==, -1);
  g_assert_cmpint (programme->planned_acceptance_month, ==, -1);
  g_assert_false (programme->has_acceptance);
  g_assert_nonnull (programme->counties);
  g_assert_null (programme->counties[0]);
  g_assert_cmpuint (programme->partner_index, ==, XC_DESIGN_NONE);

  xc_design_get_towns (design, &n_towns);
  g_assert_cmpuint (n_towns, ==, 1);

  institutions = xc_design_get_institutions (design, &n_institutions);
  g_assert_cmpuint (n_institutions, ==, 2);
  g_assert_true (institutions[0].has_ward);
  g_assert_cmpint (institutions[0].beds, ==, -1);
  g_assert_cmpuint (institutions[0].town_index, ==, 0);
  g_assert_cmpstr (xc_design_get_institution_county (design, 0), ==, "甲县");
  /* a repeated id: references name the first */
  g_assert_cmpuint (xc_design_find_institution (design, "i-1"), ==, 0);

  people = xc_design_get_people (design, &n_people);
  g_assert_cmpuint (n_people, ==, 2);
  g_assert_cmpuint (people[0].institution_index, ==, 0);
  g_assert_cmpuint (people[1].institution_index, ==, XC_DESIGN_NONE);
  g_assert_true (xc_person_data_is_senior (&people[0]));
  g_assert_true (g_strv_contains (people[0].honours, "municipal_famous_doctor"));
  /* an emptied name: the label is the id */
  g_assert_cmpstr (people[1].name, ==, "");
  g_assert_cmpstr (xc_person_data_get_label (&people[1]), ==, "p-2");

  units = xc_design_get_units (design, &n_units);
  g_assert_cmpuint (n_units, ==, 1);
  g_assert_cmpuint (units[0].host_index, ==, 0);
  g_assert_cmpuint (units[0].lead_index, ==, 0);
  g_assert_cmpuint (units[0].n_team, ==, 2);
  g_assert_cmpuint (units[0].team[0].person_index, ==, 1);
  g_assert_cmpint (units[0].team[0].residency_months, ==, 12);
  g_assert_cmpuint (units[0].team[1].person_index, ==, XC_DESIGN_NONE);
  g_assert_cmpint (units[0].team[1].residency_months, ==, -1);
  g_assert_cmpuint (units[0].learner_indexes[0], ==, 1);
  g_assert_cmpuint (units[0].learner_indexes[1], ==, XC_DESIGN_NONE);
  g_assert_cmpint (units[0].months, ==, -1);
  g_assert_cmpfloat (units[0].teaching_room_m2, ==, -1);
  g_assert_true (xc_unit_data_has_team_member (&units[0], "p-2"));
  g_assert_cmpstr (xc_unit_data_get_label (&units[0]), ==, "u-1");
  {
    double value = 0;

    g_assert_true (xc_unit_data_get_target (&units[0], "outpatients", &value));
    g_assert_cmpfloat (value, ==, 100);
    g_assert_false (xc_unit_data_get_target (&units[0], "operations", NULL));
  }
  g_assert_cmpfloat_with_epsilon (xc_unit_data_sum_commitments (&units[0], "on_site_days",
                                                                xc_commitment_data_covers_team),
                                  52.0 / 12.0, 1e-9);

  /* on-site days: the lead's 3, each team member's 52/12; the one with an
   * id the design lacks is not a person of it */
  g_assert_cmpfloat_with_epsilon (xc_design_get_onsite_days (design)[0], 3, 1e-9);
  g_assert_cmpfloat_with_epsilon (xc_design_get_onsite_days (design)[1], 52.0 / 12.0, 1e-9);

  needs = xc_design_get_needs (design, &n_needs);
  g_assert_cmpuint (n_needs, ==, 1);
  g_assert_cmpuint (needs[0].institution_index, ==, 0);
}

static void
test_ext_is_read_on_demand (void)
{
  g_autoptr(XcDesign) design = read_design (DESIGN, NULL);
  g_autoptr(JsonObject) programme = xc_design_dup_ext (design, XC_DESIGN_RECORD_PROGRAMME, 0);
  g_autoptr(JsonObject) institution = xc_design_dup_ext (design, XC_DESIGN_RECORD_INSTITUTION, 0);
  g_autoptr(JsonObject) none = xc_design_dup_ext (design, XC_DESIGN_RECORD_INSTITUTION, 1);
  g_autoptr(JsonObject) unit = xc_design_dup_ext (design, XC_DESIGN_RECORD_UNIT, 0);
  g_autoptr(JsonObject) beyond = xc_design_dup_ext (design, XC_DESIGN_RECORD_UNIT, 7);

  g_assert_cmpstr (json_object_get_string_member (programme, "note"), ==, "programme");
  g_assert_true (json_object_get_boolean_member (institution, "seconded"));
  g_assert_null (none);
  g_assert_cmpstr (json_object_get_string_member (unit, "partner"), ==, "i-1");
  g_assert_null (beyond);
}

/* A file is refused with the message, place included, that the model
 * gives: plugins and the window say the same thing. */
static void
test_refused_as_the_model_refuses (void)
{
  static const char * const refused[] = {
    "",
    "[1]",
    "{\"format\":\"xiachen-programme\",\"version\":2}",
    "{\"format\":\"xiachen-programme\",\"version\":1,\"scheme\":\"s\",\"id\":\"d\"," \
    "\"institutions\":{},\"people\":[],\"units\":[],\"needs\":[]}",
    "{\"format\":\"xiachen-programme\",\"version\":1,\"scheme\":\"s\",\"id\":\"d\"," \
    "\"institutions\":[],\"people\":[],\"units\":[{\"id\":\"u\",\"months\":1.5}],\"needs\":[]}",
    "{\"format\":\"xiachen-programme\",\"version\":1,\"scheme\":\"s\",\"id\":\"d\",\"x\":1e999," \
    "\"institutions\":[],\"people\":[],\"units\":[],\"needs\":[]}",
    "{\"format\":\"xiachen-programme\",\"version\":1,\"scheme\":\"s\",\"id\":\"d\"," \
    "\"institutions\":[],\"people\":[],\"units\":[],\"needs\":[]} trailing",
  };

  for (guint i = 0; i < G_N_ELEMENTS (refused); i++)
    {
      g_autoptr(GBytes) bytes = g_bytes_new_static (refused[i], strlen (refused[i]));
      g_autoptr(GError) design_error = NULL;
      g_autoptr(GError) model_error = NULL;
      g_autoptr(XcDesign) design = xc_design_new_from_bytes (bytes, "odd.xcprog", &design_error);
      g_autoptr(XcProgramme) programme = xc_programme_new_from_bytes (bytes, "odd.xcprog",
                                                                       &model_error);

      g_assert_null (design);
      g_assert_null (programme);
      g_assert_nonnull (design_error);
      g_assert_nonnull (strstr (design_error->message, "odd.xcprog"));
      g_assert_cmpstr (design_error->message, ==, model_error->message);
    }
}

/* The validator checks an edited design on its bytes read beside the
 * design it was read from (unchanged records copied, not read): the
 * findings must be those of the same bytes read afresh. */
static void
assert_read_beside_as_afresh (XcValidator *validator,
                              XcProgramme *programme,
                              const char  *edit)
{
  g_autoptr(XcReport) beside = xc_validator_validate (validator, programme);
  g_autoptr(GBytes) bytes = xc_programme_to_bytes (programme);
  g_autoptr(GError) error = NULL;
  g_autoptr(XcDesign) design = xc_design_new_from_bytes (bytes, "design", &error);
  g_autoptr(XcReport) afresh = NULL;
  g_autofree char *beside_text = NULL;
  g_autofree char *afresh_text = NULL;

  g_assert_no_error (error);
  afresh = xc_validator_check (validator, design);
  beside_text = xc_test_describe_report (beside);
  afresh_text = xc_test_describe_report (afresh);
  g_test_message ("%s: %u findings", edit, g_list_model_get_n_items (G_LIST_MODEL (afresh)));
  g_assert_cmpstr (beside_text, ==, afresh_text);
}

static void
edit_and_compare (XcValidator *validator,
                  XcProgramme *programme)
{
  GListModel *units = xc_programme_get_units (programme);
  GListModel *people = xc_programme_get_people (programme);
  guint n_units = g_list_model_get_n_items (units);
  g_autoptr(XcUnit) first = g_list_model_get_item (units, 0);
  g_autoptr(XcUnit) last = g_list_model_get_item (units, n_units - 1);
  g_autoptr(XcPerson) person = g_list_model_get_item (people, 0);
  GListModel *team = G_LIST_MODEL (xc_unit_get_team (last));

  xc_programme_set_title (programme, "另一个标题");
  assert_read_beside_as_afresh (validator, programme, "the programme's title");
  xc_unit_set_name (first, "改名");
  assert_read_beside_as_afresh (validator, programme, "a unit's name");
  if (g_list_model_get_n_items (team) > 0)
    {
      g_autoptr(XcTeamMember) member = g_list_model_get_item (team, 0);

      xc_team_member_set_residency_months (member, 1);
      assert_read_beside_as_afresh (validator, programme, "a team member");
    }
  xc_test_set_ext_number (XC_RECORD (last), "beside", 2);
  assert_read_beside_as_afresh (validator, programme, "a unit's ext");
  xc_person_set_name (person, "");
  assert_read_beside_as_afresh (validator, programme, "a gap in a person");
  xc_unit_set_teaching_room_m2 (first, -3);
  assert_read_beside_as_afresh (validator, programme, "a negative number");
  xc_unit_set_id (last, "u-renamed");
  assert_read_beside_as_afresh (validator, programme, "an id");
  g_list_store_remove (G_LIST_STORE (units), 0);
  assert_read_beside_as_afresh (validator, programme, "a unit removed");
}

static void
test_read_beside_is_read_afresh (void)
{
  const char *samples[] = {
    "chaozhou-talent.xcprog", "huizhou-nkls.xcprog", "nanan-disciplines.xcprog",
    "yunnan-workstations.xcprog", "zibo-stations.xcprog",
  };
  g_autoptr(XcValidator) validator = xc_validator_new (xc_test_get_registry ());
  /* gaps, a negative number, dangling ids and a repeated id in records
   * that stay as read */
  g_autoptr(XcProgramme) odd = xc_test_load_string (DESIGN);
  g_autoptr(XcUnit) unit = xc_unit_new ();

  for (guint i = 0; i < G_N_ELEMENTS (samples); i++)
    {
      g_autoptr(XcProgramme) programme = xc_test_load_sample (samples[i]);

      g_test_message ("%s", samples[i]);
      edit_and_compare (validator, programme);
    }

  xc_unit_set_id (unit, "u-2");
  xc_unit_set_teaching_room_m2 (unit, -5);
  xc_unit_set_host (unit, "i-ghost");
  g_list_store_append (G_LIST_STORE (xc_programme_get_units (odd)), unit);
  {
    g_autoptr(GBytes) bytes = xc_programme_to_bytes (odd);
    g_autoptr(XcProgramme) programme = NULL;
    g_autoptr(GError) error = NULL;

    programme = xc_programme_new_from_bytes (bytes, "odd.xcprog", &error);
    g_assert_no_error (error);
    edit_and_compare (validator, programme);
  }
}

/* Reading an `ext`: what is not there, null or of another type reads
 * as absent, and no `ext` at all as an empty one. */
static void
test_ext_readers (void)
{
  g_autoptr(JsonParser) parser = json_parser_new ();
  JsonObject *ext;
  double number = -1;

  g_assert_true (json_parser_load_from_data (parser,
                                             "{\"s\":\"文本\",\"n\":2.5,\"i\":3,\"z\":null,"
                                             "\"list\":[\"a\",1,\"b\"],\"o\":{}}", -1, NULL));
  ext = json_node_get_object (json_parser_get_root (parser));

  g_assert_cmpstr (xc_ext_get_string (ext, "s"), ==, "文本");
  g_assert_null (xc_ext_get_string (ext, "n"));
  g_assert_null (xc_ext_get_string (ext, "missing"));
  g_assert_true (xc_ext_get_number (ext, "n", &number));
  g_assert_cmpfloat (number, ==, 2.5);
  g_assert_true (xc_ext_get_number (ext, "i", &number));
  g_assert_cmpfloat (number, ==, 3);
  g_assert_false (xc_ext_get_number (ext, "s", NULL));
  g_assert_null (xc_ext_get_member (ext, "z"));
  g_assert_nonnull (xc_ext_get_member (ext, "o"));
  g_assert_true (xc_ext_strv_contains (ext, "list", "b"));
  g_assert_false (xc_ext_strv_contains (ext, "list", "1"));
  g_assert_false (xc_ext_strv_contains (ext, "s", "文本"));

  g_assert_null (xc_ext_get_member (NULL, "s"));
  g_assert_null (xc_ext_get_string (NULL, "s"));
  g_assert_false (xc_ext_get_number (NULL, "n", NULL));
  g_assert_false (xc_ext_strv_contains (NULL, "list", "a"));
}

/* A person listed twice counts once, the lead never counts as a member,
 * an entry naming nobody is left out, and an id naming no person of the
 * design counts (XC-01 reports it) — in a team of three or of hundreds. */
static void
test_team_and_learners_counted_once (void)
{
  g_autoptr(GString) json = g_string_new ("{\"format\":\"xiachen-programme\",\"version\":1,"
                                          "\"scheme\":\"zibo-station\",\"id\":\"d\","
                                          "\"title\":\"T\",\"institutions\":[],\"people\":[{\"id\":\"p-1\"},"
                                          "{\"id\":\"p-2\"}],\"units\":[");
  g_autoptr(XcDesign) design = NULL;
  g_autoptr(GError) error = NULL;
  const XcUnitData *units;
  guint n_units;

  g_string_append (json, "{\"id\":\"small\",\"lead\":\"p-1\",\"team\":[{\"person\":\"p-1\"},"
                         "{\"person\":\"p-2\"},{\"person\":\"p-2\"},{\"person\":\"ghost\"},"
                         "{\"person\":\"ghost\"},{}],\"learners\":[\"p-2\",\"ghost\",\"p-2\"]},");
  g_string_append (json, "{\"id\":\"large\",\"lead\":\"p-1\",\"team\":[");
  for (guint i = 0; i < 300; i++)
    g_string_append_printf (json, "%s{\"person\":\"x-%u\"}", i > 0 ? "," : "", i % 100);
  g_string_append (json, ",{\"person\":\"p-1\"}],\"learners\":[");
  for (guint i = 0; i < 300; i++)
    g_string_append_printf (json, "%s\"y-%u\"", i > 0 ? "," : "", i % 50);
  g_string_append (json, "]}],\"needs\":[]}");

  design = read_design (json->str, &error);
  g_assert_no_error (error);
  units = xc_design_get_units (design, &n_units);
  g_assert_cmpuint (n_units, ==, 2);
  g_assert_cmpuint (xc_unit_data_count_team_members (&units[0]), ==, 2);
  g_assert_cmpuint (xc_unit_data_count_learners (&units[0]), ==, 2);
  g_assert_cmpuint (xc_unit_data_count_team_members (&units[1]), ==, 100);
  g_assert_cmpuint (xc_unit_data_count_learners (&units[1]), ==, 50);
}

/* Names by id, as exports name units, people and institutions: the first
 * record with the id, NULL where none has it or it has no name. */
static void
test_names_by_id (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(XcDesign) design = read_design (DESIGN, &error);

  g_assert_no_error (error);
  g_assert_cmpstr (xc_design_get_institution_name (design, "i-1"), ==, "卫生院");
  g_assert_null (xc_design_get_institution_name (design, "i-ghost"));
  g_assert_cmpstr (xc_design_get_person_name (design, "p-1"), ==, "张");
  g_assert_cmpstr (xc_design_get_person_name (design, "p-2"), ==, "");
  g_assert_null (xc_design_get_person_name (design, NULL));
  g_assert_null (xc_design_get_unit_name (design, "u-1"));
  g_assert_null (xc_design_get_unit_name (design, "p-1"));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/core/design/records-and-references", test_records_and_references);
  g_test_add_func ("/core/design/ext-is-read-on-demand", test_ext_is_read_on_demand);
  g_test_add_func ("/core/design/refused-as-the-model-refuses", test_refused_as_the_model_refuses);
  g_test_add_func ("/core/design/read-beside-is-read-afresh", test_read_beside_is_read_afresh);
  g_test_add_func ("/core/design/ext-readers", test_ext_readers);
  g_test_add_func ("/core/design/names-by-id", test_names_by_id);
  g_test_add_func ("/core/design/team-and-learners-counted-once",
                   test_team_and_learners_counted_once);

  return g_test_run ();
}
