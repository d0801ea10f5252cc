/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <locale.h>
#include <string.h>

#include <glib/gi18n.h>
#include <glib/gstdio.h>

#include "xc-test-util.h"

/* Designs */

static XcProgramme *
load_file (const char *path)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GFile) file = g_file_new_for_path (path);
  XcProgramme *programme = xc_programme_new_from_file (file, NULL, &error);

  g_assert_no_error (error);
  return programme;
}

XcProgramme *
xc_test_load_data (const char *name)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", name, NULL);

  return load_file (path);
}

XcProgramme *
xc_test_load_sample (const char *name)
{
  g_autofree char *path = g_build_filename (g_getenv ("XIACHEN_SAMPLES_DIR"), name, NULL);

  return load_file (path);
}

XcProgramme *
xc_test_load_string (const char *json)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) bytes = g_bytes_new (json, strlen (json));
  XcProgramme *programme = xc_programme_new_from_bytes (bytes, "test.xcprog", &error);

  g_assert_no_error (error);
  return programme;
}

XcProgramme *
xc_test_load_fixture (const char *plugin,
                      const char *name)
{
  g_autofree char *path = NULL;

  if (plugin == NULL)
    return xc_test_load_data (name);

  path = g_test_build_filename (G_TEST_DIST, "plugins", plugin, name, NULL);
  return load_file (path);
}

XcProgramme *
xc_test_load_clean_fixture (const char *plugin,
                            const char *name,
                            const char *rule_id)
{
  XcProgramme *programme = xc_test_load_fixture (plugin, name);
  g_autoptr(XcReport) report = xc_test_validate (programme);

  g_assert_cmpuint (xc_test_count (report, rule_id, NULL), ==, 0);
  return programme;
}

XcProgramme *
xc_test_reload_json (XcProgramme    *programme,
                     XcTestJsonEdit  edit,
                     gpointer        data)
{
  g_autoptr(GBytes) bytes = xc_programme_to_bytes (programme);
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(JsonGenerator) generator = json_generator_new ();
  g_autoptr(GError) error = NULL;
  g_autofree char *data_out = NULL;

  json_parser_load_from_data (parser, g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes),
                              &error);
  g_assert_no_error (error);
  edit (json_node_get_object (json_parser_get_root (parser)), data);
  json_generator_set_root (generator, json_parser_get_root (parser));
  data_out = json_generator_to_data (generator, NULL);
  return xc_test_load_string (data_out);
}

JsonObject *
xc_test_unit_json (JsonObject *root,
                   const char *unit_id)
{
  JsonArray *units = json_object_get_array_member (root, "units");

  for (guint i = 0; i < json_array_get_length (units); i++)
    {
      JsonObject *unit = json_array_get_object_element (units, i);

      if (g_strcmp0 (json_object_get_string_member (unit, "id"), unit_id) == 0)
        return unit;
    }
  g_error ("no unit %s in the JSON", unit_id);
  return NULL;
}

/* Validation */

XcPluginRegistry *
xc_test_get_registry (void)
{
  static XcPluginRegistry *registry;

  if (registry == NULL)
    {
      const char *path = g_getenv ("XIACHEN_PLUGIN_PATH");

      g_assert_nonnull (path);
      registry = xc_plugin_registry_new ();
      xc_plugin_registry_add_search_path (registry, path);
      xc_plugin_registry_load (registry);
    }
  return registry;
}

/* The values of programme-format.md and of the schemes' ext members: in a
 * message a planner reads their labels, never these. */
static const char * const format_values[] = {
  "studio", "station", "discipline", "workstation", "instrument", "western", "tcm",
  "group_recruitment", "migratory_expert", "order_training", "trusteeship", "pairing",
  "alliance", "mentor_pool", "training",
  "hospital", "tcm_hospital", "maternal_child_hospital", "county_hospital",
  "township_health_centre", "community_health_centre", "university", "health_authority",
  "primary", "secondary", "tertiary", "public", "private",
  "chief", "deputy_chief", "attending", "resident", "bachelor", "master", "doctorate",
  "national_famous_tcm", "provincial_famous_tcm", "municipal_famous_tcm",
  "provincial_famous_doctor", "municipal_famous_doctor",
  "outpatient", "ward_round", "seminar", "training_class", "consultation", "teaching_review",
  "operation", "on_site_days", "remote_consultation",
  "lead", "team", "learners", "group", "week", "fortnight", "month", "quarter", "year",
  "referral_booking", "green_channel", "remote_imaging", "remote_lab",
  "computer", "broadband", "av_capture", "recorder", "third_party",
  "outpatients", "operations", "referrals", "new_techniques", "trainees", "training_sessions",
  "key", "advantage", "featured", "rigid", "flexible", NULL
};

/* Asserts that no message of @report shows a snake_case identifier or an
 * ext.member, and in @chinese messages no format value either (in English
 * "team" or "month" are words), where a planner reads words. */
void
xc_test_assert_planner_messages (XcReport *report,
                                 gboolean  chinese)
{
  g_autoptr(GRegex) token = g_regex_new ("[A-Za-z0-9_.\\-]+", 0, 0, NULL);

  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (report)); i++)
    {
      g_autoptr(XcFinding) finding = g_list_model_get_item (G_LIST_MODEL (report), i);
      const char *message = xc_finding_get_message (finding);
      g_autoptr(GMatchInfo) match = NULL;

      g_assert_null (strstr (message, "ext."));
      g_regex_match (token, message, 0, &match);
      for (; g_match_info_matches (match); g_match_info_next (match, NULL))
        {
          g_autofree char *word = g_match_info_fetch (match, 0);
          gboolean plain = TRUE;

          /* ids like u-tcm or p-team-t1 are the design's own names */
          for (const char *p = word; *p != '\0'; p++)
            plain = plain && (g_ascii_islower (*p) || *p == '_');
          if (plain && (strchr (word, '_') != NULL || (chinese && g_strv_contains (format_values, word))))
            g_error ("%s: the message “%s” shows the raw value “%s”",
                     xc_finding_get_rule_id (finding), message, word);
        }
    }
}

/* The messages of @programme's findings as a Chinese planner reads them:
 * validated again under zh_CN, where the system has it. */
static void
assert_chinese_messages (XcValidator *validator,
                         XcProgramme *programme)
{
  static gsize bound;
  g_autofree char *messages = g_strdup (setlocale (LC_MESSAGES, NULL));
  g_autoptr(XcReport) report = NULL;

  if (g_once_init_enter (&bound))
    {
      bindtextdomain (GETTEXT_PACKAGE, g_getenv ("XIACHEN_LOCALEDIR"));
      bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
      g_once_init_leave (&bound, 1);
    }
  if (g_getenv ("XIACHEN_LOCALEDIR") == NULL || setlocale (LC_MESSAGES, "zh_CN.UTF-8") == NULL)
    return;
  report = xc_validator_validate (validator, programme);
  setlocale (LC_MESSAGES, messages);
  xc_test_assert_planner_messages (report, TRUE);
}

/* Validates @programme; every rule test goes through here, so every
 * message any rule produces is also read under zh_CN for raw values. */
XcReport *
xc_test_validate (XcProgramme *programme)
{
  g_autoptr(XcValidator) validator = xc_validator_new (xc_test_get_registry ());
  XcReport *report = xc_validator_validate (validator, programme);

  xc_test_assert_planner_messages (report, FALSE);
  assert_chinese_messages (validator, programme);
  return report;
}

typedef const char *(*FindingField) (XcFinding *finding);

/* How many findings of @rule_id have @field equal to @value (all of them
 * where @field is NULL); the first of them, if any, in @first. */
static guint
match (XcReport      *report,
       const char    *rule_id,
       FindingField   field,
       const char    *value,
       XcFinding    **first)
{
  guint n = g_list_model_get_n_items (G_LIST_MODEL (report));
  guint count = 0;

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(XcFinding) finding = g_list_model_get_item (G_LIST_MODEL (report), i);

      if (g_strcmp0 (xc_finding_get_rule_id (finding), rule_id) != 0
          || (field != NULL && g_strcmp0 (field (finding), value) != 0))
        continue;
      if (count++ == 0 && first != NULL)
        *first = finding;   /* the report still holds it */
    }
  return count;
}

guint
xc_test_count (XcReport   *report,
               const char *rule_id,
               const char *unit_id)
{
  return match (report, rule_id, unit_id != NULL ? xc_finding_get_unit_id : NULL, unit_id, NULL);
}

guint
xc_test_count_about (XcReport   *report,
                     const char *rule_id,
                     const char *subject_id)
{
  return match (report, rule_id, xc_finding_get_subject_id, subject_id, NULL);
}

guint
xc_test_count_after_validation (XcProgramme *programme,
                                const char  *rule_id,
                                const char  *unit_id)
{
  g_autoptr(XcReport) report = xc_test_validate (programme);

  return xc_test_count (report, rule_id, unit_id);
}

XcScheme *
xc_test_assert_rule_table (const char             *scheme_id,
                           const XcTestPolicyRule *policy,
                           gsize                   n_policy,
                           const char             *seed)
{
  XcScheme *scheme = xc_plugin_registry_lookup_scheme (xc_test_get_registry (), scheme_id);
  g_autoptr(GListModel) rules = NULL;
  guint n;

  g_assert_nonnull (scheme);
  g_assert_cmpstr (xc_scheme_get_id (scheme), ==, scheme_id);
  rules = xc_scheme_list_rules (scheme);
  n = g_list_model_get_n_items (rules);
  g_assert_cmpuint (n, ==, n_policy);

  for (gsize i = 0; i < n_policy; i++)
    {
      guint matches = 0;

      for (guint j = 0; j < n; j++)
        {
          g_autoptr(XcRule) rule = g_list_model_get_item (rules, j);

          if (g_strcmp0 (xc_rule_get_id (rule), policy[i].id) != 0)
            continue;
          matches++;
          g_assert_cmpint (xc_rule_get_severity (rule), ==, policy[i].severity);
          if (policy[i].clause != NULL)
            g_assert_cmpstr (xc_rule_get_clause (rule), ==, policy[i].clause);
          else
            g_assert_nonnull (xc_rule_get_clause (rule));
          g_assert_cmpstr (xc_rule_get_seed (rule), ==, seed);
          g_assert_nonnull (xc_rule_get_summary (rule));
        }
      if (matches != 1)
        g_error ("%s is in the rule table %u times", policy[i].id, matches);
    }
  return scheme;
}

/* Findings */

void
xc_test_assert_no_errors (XcReport *report)
{
  guint n = g_list_model_get_n_items (G_LIST_MODEL (report));

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(XcFinding) finding = g_list_model_get_item (G_LIST_MODEL (report), i);

      if (xc_finding_get_severity (finding) == XC_SEVERITY_ERROR)
        g_error ("unexpected error %s: %s", xc_finding_get_rule_id (finding),
                 xc_finding_get_message (finding));
    }
}

XcFinding *
xc_test_assert_one_finding (XcReport   *report,
                            const char *rule_id,
                            const char *unit_id,
                            XcSeverity  severity)
{
  guint n = g_list_model_get_n_items (G_LIST_MODEL (report));
  XcFinding *found = NULL;

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(XcFinding) finding = g_list_model_get_item (G_LIST_MODEL (report), i);

      if (g_strcmp0 (xc_finding_get_rule_id (finding), rule_id) != 0)
        continue;
      if (found != NULL)
        g_error ("%s reported twice: “%s” and “%s”", rule_id,
                 xc_finding_get_message (found), xc_finding_get_message (finding));
      found = finding;
    }

  if (found == NULL)
    g_error ("%s is not reported", rule_id);
  g_assert_cmpstr (xc_finding_get_unit_id (found), ==, unit_id);
  g_assert_cmpint (xc_finding_get_severity (found), ==, severity);
  return found;
}

void
xc_test_assert_nothing_else (XcReport   *report,
                             const char *rule_id,
                             const char *always_reported)
{
  guint n = g_list_model_get_n_items (G_LIST_MODEL (report));
  g_auto(GStrv) allowed = g_strsplit (always_reported != NULL ? always_reported : "", " ", -1);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(XcFinding) finding = g_list_model_get_item (G_LIST_MODEL (report), i);
      const char *id = xc_finding_get_rule_id (finding);

      if (g_strcmp0 (id, rule_id) != 0 && !g_strv_contains ((const char * const *) allowed, id))
        g_error ("unexpected %s besides %s: %s", id, rule_id, xc_finding_get_message (finding));
    }
}

/* The first finding of @rule_id whose @field is @value, asserted to exist;
 * @relation says how the finding stands to @value in the failure. */
static XcFinding *
find_first (XcReport     *report,
            const char   *rule_id,
            FindingField  field,
            const char   *relation,
            const char   *value)
{
  XcFinding *finding = NULL;

  if (match (report, rule_id, field, value, &finding) == 0)
    g_error ("%s is not reported %s %s", rule_id, relation, value);
  return finding;
}

XcFinding *
xc_test_find_by_subject (XcReport   *report,
                         const char *rule_id,
                         const char *subject_id)
{
  return find_first (report, rule_id, xc_finding_get_subject_id, "about", subject_id);
}

XcFinding *
xc_test_find_at_path (XcReport   *report,
                      const char *rule_id,
                      const char *path)
{
  return find_first (report, rule_id, xc_finding_get_path, "at", path);
}

void
xc_test_assert_message_contains (XcFinding  *finding,
                                 const char *text)
{
  const char *message = xc_finding_get_message (finding);

  if (strstr (message, text) == NULL)
    g_error ("“%s” does not mention “%s”", message, text);
}

void
xc_test_assert_message_lacks (XcFinding  *finding,
                              const char *text)
{
  const char *message = xc_finding_get_message (finding);

  if (strstr (message, text) != NULL)
    g_error ("“%s” mentions “%s”", message, text);
}

/* Lookups */

/* @found, asserted not to be NULL: @what @id was looked for. */
static gpointer
assert_found (gpointer    found,
              const char *what,
              const char *id)
{
  if (found == NULL)
    g_error ("no %s %s in the design", what, id);
  return found;
}

XcUnit *
xc_test_unit (XcProgramme *programme,
              const char  *unit_id)
{
  return assert_found (xc_programme_lookup_unit (programme, unit_id), "unit", unit_id);
}

XcInstitution *
xc_test_institution (XcProgramme *programme,
                     const char  *institution_id)
{
  return assert_found (xc_programme_lookup_institution (programme, institution_id),
                       "institution", institution_id);
}

XcPerson *
xc_test_person (XcProgramme *programme,
                const char  *person_id)
{
  return assert_found (xc_programme_lookup_person (programme, person_id), "person", person_id);
}

GListStore *
xc_test_team (XcProgramme *programme,
              const char  *unit_id)
{
  return G_LIST_STORE (xc_unit_get_team (xc_test_unit (programme, unit_id)));
}

XcTeamMember *
xc_test_team_member (XcProgramme *programme,
                     const char  *unit_id,
                     guint        position)
{
  GListModel *team = G_LIST_MODEL (xc_test_team (programme, unit_id));
  g_autoptr(XcTeamMember) member = g_list_model_get_item (team, position);

  g_assert_nonnull (member);
  return member;   /* the team still holds it */
}

XcCommitment *
xc_test_find_commitment (XcUnit     *unit,
                         const char *role,
                         const char *activity)
{
  GListModel *commitments = xc_unit_get_commitments (unit);

  for (guint i = 0; i < g_list_model_get_n_items (commitments); i++)
    {
      g_autoptr(XcCommitment) commitment = g_list_model_get_item (commitments, i);

      if (g_strcmp0 (xc_commitment_get_role (commitment), role) == 0
          && g_strcmp0 (xc_commitment_get_activity (commitment), activity) == 0)
        return commitment;
    }
  return NULL;
}

XcCommitment *
xc_test_commitment (XcProgramme *programme,
                    const char  *unit_id,
                    const char  *role,
                    const char  *activity)
{
  XcCommitment *commitment = xc_test_find_commitment (xc_test_unit (programme, unit_id),
                                                      role, activity);

  g_assert_nonnull (commitment);
  return commitment;
}

/* Changes */

void
xc_test_add_commitment (XcUnit     *unit,
                        const char *role,
                        const char *activity,
                        double      count,
                        const char *per)
{
  g_autoptr(XcCommitment) commitment = xc_commitment_new ();

  xc_commitment_set_role (commitment, role);
  xc_commitment_set_activity (commitment, activity);
  xc_commitment_set_count (commitment, count);
  xc_commitment_set_per (commitment, per);
  g_list_store_append (G_LIST_STORE (xc_unit_get_commitments (unit)), commitment);
}

void
xc_test_add_need (XcProgramme *programme,
                  const char  *institution_id,
                  const char  *specialty)
{
  g_autoptr(XcNeed) need = xc_need_new ();

  xc_need_set_institution (need, institution_id);
  xc_need_set_specialty (need, specialty);
  g_list_store_append (G_LIST_STORE (xc_programme_get_needs (programme)), need);
}

XcInstitution *
xc_test_add_institution (XcProgramme *programme,
                         const char  *id,
                         const char  *name,
                         const char  *kind)
{
  g_autoptr(XcInstitution) added = xc_institution_new ();

  xc_institution_set_id (added, id);
  xc_institution_set_name (added, name);
  xc_institution_set_kind (added, kind);
  g_list_store_append (G_LIST_STORE (xc_programme_get_institutions (programme)), added);
  return added;   /* the programme still holds it */
}

void
xc_test_set_ext_number (XcRecord   *record,
                        const char *member,
                        double      value)
{
  xc_record_set_ext_member (record, member, json_node_init_double (json_node_alloc (), value));
}

void
xc_test_set_ext_string (XcRecord   *record,
                        const char *member,
                        const char *value)
{
  xc_record_set_ext_member (record, member, json_node_init_string (json_node_alloc (), value));
}

void
xc_test_set_ext_strv (XcRecord           *record,
                      const char         *member,
                      const char * const *values)
{
  g_autoptr(JsonArray) array = json_array_new ();

  for (guint i = 0; values[i] != NULL; i++)
    json_array_add_string_element (array, values[i]);
  xc_record_set_ext_member (record, member, json_node_init_array (json_node_alloc (), array));
}

void
xc_test_remove_ext (XcRecord   *record,
                    const char *member)
{
  g_assert_nonnull (xc_record_get_ext_member (record, member));
  xc_record_set_ext_member (record, member, NULL);
}

/* Documents and copies */

static JsonNode *
parse_bytes (GBytes *bytes)
{
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) error = NULL;

  json_parser_load_from_data (parser, g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes),
                              &error);
  g_assert_no_error (error);
  return json_parser_steal_root (parser);
}

void
xc_test_assert_same_design (XcProgramme *a,
                            XcProgramme *b)
{
  g_autoptr(GBytes) a_bytes = xc_programme_to_bytes (a);
  g_autoptr(GBytes) b_bytes = xc_programme_to_bytes (b);
  g_autoptr(JsonNode) a_root = parse_bytes (a_bytes);
  g_autoptr(JsonNode) b_root = parse_bytes (b_bytes);

  g_assert_true (json_node_equal (a_root, b_root));
}

void
xc_test_wait_for (gboolean *done)
{
  /* Each iteration blocks until a source is ready: the bound counts events,
   * not time. */
  for (guint i = 0; i < 100000 && !*done; i++)
    g_main_context_iteration (NULL, TRUE);
  g_assert_true (*done);
}

struct _XcTestFreeing
{
  GMutex   lock;
  GCond    freed;
  GThread *thread;
};

static void
object_freed_cb (gpointer  data,
                 GObject  *where_it_was)
{
  XcTestFreeing *freeing = data;

  g_mutex_lock (&freeing->lock);
  freeing->thread = g_thread_self ();
  g_cond_signal (&freeing->freed);
  g_mutex_unlock (&freeing->lock);
}

XcTestFreeing *
xc_test_watch_freeing (gpointer object)
{
  XcTestFreeing *freeing = g_new0 (XcTestFreeing, 1);

  g_mutex_init (&freeing->lock);
  g_cond_init (&freeing->freed);
  g_object_weak_ref (G_OBJECT (object), object_freed_cb, freeing);
  return freeing;
}

GThread *
xc_test_wait_freed (XcTestFreeing *freeing)
{
  GThread *thread;

  g_mutex_lock (&freeing->lock);
  while (freeing->thread == NULL)
    g_cond_wait (&freeing->freed, &freeing->lock);
  thread = freeing->thread;
  g_mutex_unlock (&freeing->lock);
  g_mutex_clear (&freeing->lock);
  g_cond_clear (&freeing->freed);
  g_free (freeing);
  return thread;
}

void
xc_test_remove_tree (const char *path)
{
  g_autoptr(GDir) dir = g_dir_open (path, 0, NULL);
  const char *name;

  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *child = g_build_filename (path, name, NULL);

      if (g_file_test (child, G_FILE_TEST_IS_DIR))
        xc_test_remove_tree (child);
      else
        g_unlink (child);
    }
  g_rmdir (path);
}

void
xc_test_async_done (GObject      *source,
                    GAsyncResult *result,
                    gpointer      data)
{
  XcTestAsync *async = data;

  async->result = g_object_ref (result);
  async->done = TRUE;
}

GAsyncResult *
xc_test_async_wait (XcTestAsync *async)
{
  xc_test_wait_for (&async->done);
  return async->result;
}

char *
xc_test_canonical_json (GBytes *bytes)
{
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) error = NULL;
  gsize length;
  const char *data = g_bytes_get_data (bytes, &length);

  json_parser_load_from_data (parser, data, length, &error);
  g_assert_no_error (error);
  return json_to_string (json_parser_get_root (parser), TRUE);
}

char *
xc_test_describe_report (XcReport *report)
{
  GString *text = g_string_new (NULL);

  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (report)); i++)
    {
      g_autoptr(XcFinding) finding = g_list_model_get_item (G_LIST_MODEL (report), i);

      g_string_append_printf (text, "%s|%s|%s|%s|%s|%d|%d\n", xc_finding_get_rule_id (finding),
                              xc_finding_get_unit_id (finding), xc_finding_get_subject_id (finding),
                              xc_finding_get_path (finding), xc_finding_get_message (finding),
                              xc_finding_is_accepted (finding),
                              xc_finding_is_about_program (finding));
    }
  return g_string_free (text, FALSE);
}
