/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "xc-rules"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "xc-core-rules-private.h"
#include "xc-format-private.h"
#include "xc-record-private.h"
#include "xc-team-member.h"
#include "xc-vocabulary.h"

/* A month has about 22 working days; more on site is not possible. */
#define MAX_ONSITE_DAYS 22.0
/* Beyond this the home hospital loses half of the expert's time. */
#define HIGH_ONSITE_DAYS 10.0
/* Commitments are normalised with 52/12 and 26/12: compare with a margin. */
#define EPSILON 1e-9

static const XcRuleInfo core_rules[] = {
  { "XC-01", XC_SEVERITY_ERROR,
    N_("Every id is unique within its collection, and every reference names an existing object."),
    "设计文件格式第1版：编号唯一，引用须指向已有对象", "programme-format.md" },
  { "XC-02", XC_SEVERITY_ERROR,
    N_("Dates are ISO 8601 (YYYY-MM-DD); months and counts are not negative; a unit's period lies within the programme's."),
    "设计文件格式第1版：日期、月数与数量", "programme-format.md" },
  { "XC-03", XC_SEVERITY_ERROR,
    N_("No expert is committed on site for more than 22 days a month across all units."),
    "每月约22个工作日，驻点时间不能超过", "programme-format.md" },
  { "XC-04", XC_SEVERITY_WARNING,
    N_("An expert committed on site for more than 10 days a month leaves the home hospital without half their time."),
    "驻点超过每月10天，派出医院失去其一半工作时间", "programme-format.md" },
  { "XC-05", XC_SEVERITY_ERROR,
    N_("The design's scheme is installed."),
    "方案须由已安装的插件校验", "programme-format.md" },
  { "XC-06", XC_SEVERITY_WARNING,
    N_("Nobody is both an expert and a learner of the same unit."),
    "带教专家与学员不应为同一人", "programme-format.md" },
  { "XC-07", XC_SEVERITY_ERROR,
    N_("Every member the format requires is filled in, with a value the format knows."),
    "设计文件格式第1版：必填成员", "docs/format-extensions.md" },
};

GListModel *
_xc_core_rules_list (void)
{
  return xc_rule_list_new_from_table (core_rules, G_N_ELEMENTS (core_rules), GETTEXT_PACKAGE);
}

/* XC-01 */

static void
check_unique_ids (XcReport   *report,
                  GListModel *list,
                  const char *collection,
                  const char *label,
                  gboolean    is_units)
{
  g_autoptr(GHashTable) seen = g_hash_table_new (g_str_hash, g_str_equal);
  guint n = g_list_model_get_n_items (list);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(XcRecord) item = g_list_model_get_item (list, i);
      const char *id = xc_record_get_id (item);
      g_autofree char *path = NULL;

      if (id == NULL || g_hash_table_add (seen, (gpointer) id))
        continue;

      path = g_strdup_printf ("%s[%u].id", collection, i);
      xc_report_add (report, "XC-01", is_units ? id : NULL, id, is_units ? "id" : path,
                     _("The id “%s” is used more than once in %s"), id, label);
    }
}

typedef struct
{
  XcProgramme *programme;
  XcReport    *report;
} Context;

static void
check_reference (Context    *context,
                 const char *unit_id,
                 const char *path,
                 const char *what,
                 const char *id,
                 gpointer    target)
{
  if (id == NULL || target != NULL)
    return;

  xc_report_add (context->report, "XC-01", unit_id, id, path,
                 _("%s “%s” does not exist"), what, id);
}

static void
check_references (Context *context)
{
  XcProgramme *programme = context->programme;
  GListModel *institutions = xc_programme_get_institutions (programme);
  GListModel *people = xc_programme_get_people (programme);
  GListModel *units = xc_programme_get_units (programme);
  GListModel *needs = xc_programme_get_needs (programme);
  const char *partner = xc_programme_get_partner (programme);

  check_reference (context, NULL, "partner", _("The partner institution"), partner,
                   xc_programme_lookup_institution (programme, partner));

  for (guint i = 0; i < g_list_model_get_n_items (institutions); i++)
    {
      g_autoptr(XcInstitution) institution = g_list_model_get_item (institutions, i);
      const char *town = xc_institution_get_town (institution);
      const char *affiliated_to = xc_institution_get_affiliated_to (institution);
      g_autofree char *town_path = g_strdup_printf ("institutions[%u].town", i);
      g_autofree char *affiliated_path = g_strdup_printf ("institutions[%u].affiliated_to", i);

      check_reference (context, NULL, town_path, _("The town"), town,
                       xc_programme_lookup_town (programme, town));
      check_reference (context, NULL, affiliated_path, _("The institution"), affiliated_to,
                       xc_programme_lookup_institution (programme, affiliated_to));
    }

  for (guint i = 0; i < g_list_model_get_n_items (people); i++)
    {
      g_autoptr(XcPerson) person = g_list_model_get_item (people, i);
      const char *institution = xc_person_get_institution (person);
      g_autofree char *path = g_strdup_printf ("people[%u].institution", i);

      check_reference (context, NULL, path, _("The institution"), institution,
                       xc_programme_lookup_institution (programme, institution));
    }

  for (guint i = 0; i < g_list_model_get_n_items (units); i++)
    {
      g_autoptr(XcUnit) unit = g_list_model_get_item (units, i);
      const char *unit_id = xc_unit_get_id (unit);
      const char *host = xc_unit_get_host (unit);
      const char *lead = xc_unit_get_lead (unit);
      GListModel *team = xc_unit_get_team (unit);
      const char * const *learners = xc_unit_get_learners (unit);

      check_reference (context, unit_id, "host", _("The host institution"), host,
                       xc_programme_lookup_institution (programme, host));
      check_reference (context, unit_id, "lead", _("The lead"), lead,
                       xc_programme_lookup_person (programme, lead));

      for (guint j = 0; j < g_list_model_get_n_items (team); j++)
        {
          g_autoptr(XcTeamMember) member = g_list_model_get_item (team, j);
          const char *person = xc_team_member_get_person (member);
          g_autofree char *path = g_strdup_printf ("team[%u].person", j);

          check_reference (context, unit_id, path, _("The team member"), person,
                           xc_programme_lookup_person (programme, person));
        }

      for (guint j = 0; learners[j] != NULL; j++)
        {
          g_autofree char *path = g_strdup_printf ("learners[%u]", j);

          check_reference (context, unit_id, path, _("The learner"), learners[j],
                           xc_programme_lookup_person (programme, learners[j]));
        }
    }

  for (guint i = 0; i < g_list_model_get_n_items (needs); i++)
    {
      g_autoptr(XcNeed) need = g_list_model_get_item (needs, i);
      const char *institution = xc_need_get_institution (need);
      g_autofree char *path = g_strdup_printf ("needs[%u].institution", i);

      check_reference (context, NULL, path, _("The institution"), institution,
                       xc_programme_lookup_institution (programme, institution));
    }
}

/* XC-02 */

static void
report_negative (Context    *context,
                 const char *unit_id,
                 const char *subject_id,
                 const char *path,
                 const char *what,
                 double      value)
{
  /* TRANSLATORS: %s says what the number is, e.g. "The total budget" */
  xc_report_add (context->report, "XC-02", unit_id, subject_id, path,
                 _("%s is %g; it cannot be negative"), what, value);
}

static GDate *
parse_date (const char *text)
{
  guint year, month, day;

  if (text == NULL || strlen (text) != 10
      || sscanf (text, "%4u-%2u-%2u", &year, &month, &day) != 3
      || text[4] != '-' || text[7] != '-'
      || !g_ascii_isdigit (text[0]) || !g_ascii_isdigit (text[5]) || !g_ascii_isdigit (text[8]))
    return NULL;

  if (!g_date_valid_dmy (day, month, year))
    return NULL;

  return g_date_new_dmy (day, month, year);
}

/* A negative number, named as a planner knows it (@what); @path leads
 * to the field. */
static void
check_not_negative (Context    *context,
                    const char *unit_id,
                    XcRecord   *record,
                    const char *member,
                    const char *path,
                    const char *what)
{
  double value;

  if (_xc_record_get_number (record, member, &value) && value < 0)
    report_negative (context, unit_id, xc_record_get_id (record), path, what, value);
}

static void
check_unit_period (Context    *context,
                   XcUnit     *unit,
                   const GDate *programme_start,
                   const GDate *programme_end)
{
  const char *unit_id = xc_unit_get_id (unit);
  const char *start_text = xc_unit_get_start (unit);
  gint64 months = xc_unit_get_months (unit);
  g_autoptr(GDate) start = NULL;
  g_autoptr(GDate) end = NULL;

  if (start_text != NULL)
    {
      start = parse_date (start_text);
      if (start == NULL)
        {
          xc_report_add (context->report, "XC-02", unit_id, NULL, "start",
                         _("The start date “%s” is not a date of the form YYYY-MM-DD"),
                         start_text);
          return;
        }
    }

  if (programme_start == NULL)
    return;

  if (start != NULL && g_date_compare (start, programme_start) < 0)
    xc_report_add (context->report, "XC-02", unit_id, NULL, "start",
                   _("The unit starts on %s, before the programme"), start_text);

  /* A unit without months runs to the programme's end. */
  if (months >= 0)
    {
      end = g_date_copy (start != NULL ? start : programme_start);
      g_date_add_months (end, (guint) MIN (months, 12 * 1000));
      if (g_date_compare (end, programme_end) > 0)
        xc_report_add (context->report, "XC-02", unit_id, NULL, "months",
                       _("The unit runs for %lld months, past the programme's end"),
                       (long long) months);
    }
}

static void
check_numbers_and_dates (Context *context)
{
  XcProgramme *programme = context->programme;
  XcRecord *record = XC_RECORD (programme);
  GListModel *institutions = xc_programme_get_institutions (programme);
  GListModel *units = xc_programme_get_units (programme);
  const char *start_text = xc_programme_get_start (programme);
  g_autoptr(GDate) start = parse_date (start_text);
  g_autoptr(GDate) end = NULL;

  /* An absent start is XC-07's: not filled in yet, rather than wrong. */
  if (start == NULL && start_text != NULL && *start_text != '\0')
    xc_report_add (context->report, "XC-02", NULL, NULL, "period.start",
                   _("The programme start “%s” is not a date of the form YYYY-MM-DD"),
                   start_text != NULL ? start_text : "");

  check_not_negative (context, NULL, record, "period.months", "period.months",
                      _("The programme's length in months"));
  check_not_negative (context, NULL, record, "budget.total", "budget.total", _("The total budget"));
  check_not_negative (context, NULL, record, "budget.per_year", "budget.per_year",
                      _("The budget per year"));
  check_not_negative (context, NULL, record, "acceptance.planned_month", "acceptance.planned_month",
                      _("The planned month of acceptance"));

  if (start != NULL && xc_programme_get_months (programme) >= 0)
    {
      end = g_date_copy (start);
      g_date_add_months (end, (guint) MIN (xc_programme_get_months (programme), 12 * 1000));
    }

  for (guint i = 0; i < g_list_model_get_n_items (institutions); i++)
    {
      g_autoptr(XcRecord) institution = g_list_model_get_item (institutions, i);
      g_autofree char *beds = g_strdup_printf ("institutions[%u].beds", i);
      g_autofree char *population = g_strdup_printf ("institutions[%u].population", i);
      /* TRANSLATORS: %s is an institution */
      g_autofree char *beds_label = g_strdup_printf (_("The beds of %s"), xc_record_get_label (institution));
      /* TRANSLATORS: %s is an institution */
      g_autofree char *population_label = g_strdup_printf (_("The population %s serves"),
                                                           xc_record_get_label (institution));

      check_not_negative (context, NULL, institution, "beds", beds, beds_label);
      check_not_negative (context, NULL, institution, "population", population, population_label);
    }

  for (guint i = 0; i < g_list_model_get_n_items (units); i++)
    {
      g_autoptr(XcUnit) unit = g_list_model_get_item (units, i);
      const char *unit_id = xc_unit_get_id (unit);
      GListModel *team = xc_unit_get_team (unit);
      GListModel *commitments = xc_unit_get_commitments (unit);
      JsonObject *targets = _xc_record_get_object (XC_RECORD (unit), "targets");

      check_not_negative (context, unit_id, XC_RECORD (unit), "months", "months",
                          _("The unit's length in months"));
      check_not_negative (context, unit_id, XC_RECORD (unit), "facilities.teaching_room_m2",
                          "facilities.teaching_room_m2", _("The teaching room's area"));
      check_unit_period (context, unit, start, end);

      for (guint j = 0; j < g_list_model_get_n_items (team); j++)
        {
          g_autoptr(XcRecord) member = g_list_model_get_item (team, j);
          g_autofree char *path = g_strdup_printf ("team[%u].residency_months", j);
          double value;

          if (_xc_record_get_number (member, "residency_months", &value) && value < 0)
            {
              const char *id = _xc_record_get_string (member, "person");
              XcPerson *person = xc_programme_lookup_person (context->programme, id);
              /* TRANSLATORS: %s is a team member */
              g_autofree char *what = g_strdup_printf (_("The months %s stays on site"),
                                                       person != NULL ? xc_record_get_label (XC_RECORD (person))
                                                       : id != NULL ? id : "—");

              report_negative (context, unit_id, id, path, what, value);
            }
        }

      for (guint j = 0; j < g_list_model_get_n_items (commitments); j++)
        {
          g_autoptr(XcCommitment) commitment = g_list_model_get_item (commitments, j);
          g_autofree char *path = g_strdup_printf ("commitments[%u].count", j);

          /* TRANSLATORS: %u counts the unit's commitments from 1 */
          g_autofree char *what = g_strdup_printf (_("The count of commitment %u"), j + 1);

          if (xc_commitment_get_count (commitment) < 0)
            report_negative (context, unit_id, NULL, path, what, xc_commitment_get_count (commitment));
        }

      if (targets != NULL)
        {
          JsonObjectIter iter;
          const char *name;
          JsonNode *node;

          json_object_iter_init (&iter, targets);
          while (json_object_iter_next (&iter, &name, &node))
            {
              g_autofree char *path = g_strdup_printf ("targets.%s", name);
              double value;

              if (_xc_json_get_number (targets, name, &value) && value < 0)
                {
                  /* TRANSLATORS: %s names a unit's target, e.g. outpatient visits */
                  g_autofree char *what = g_strdup_printf (_("The target “%s”"), xc_vocabulary_get_label (name));

                  report_negative (context, unit_id, NULL, path, what, value);
                }
            }
        }
    }
}

/* XC-03, XC-04 */

static int
compare_ids (const void *a,
             const void *b)
{
  return g_strcmp0 (*(const char * const *) a, *(const char * const *) b);
}

static void
check_onsite_days (Context *context)
{
  g_autoptr(GHashTable) days = xc_programme_compute_onsite_days (context->programme);
  g_autofree gpointer *ids = NULL;
  guint n_ids;

  /* In id order, so reports are the same on every run. */
  ids = g_hash_table_get_keys_as_array (days, &n_ids);
  qsort (ids, n_ids, sizeof (gpointer), compare_ids);

  for (guint i = 0; i < n_ids; i++)
    {
      const char *id = ids[i];
      double value = *(double *) g_hash_table_lookup (days, id);
      XcPerson *person = xc_programme_lookup_person (context->programme, id);
      const char *name = person != NULL && xc_person_get_name (person) != NULL
                         ? xc_person_get_name (person) : id;

      if (value > MAX_ONSITE_DAYS + EPSILON)
        xc_report_add (context->report, "XC-03", NULL, id, NULL,
                       _("%s is committed on site %.1f days a month across all units; a month has about 22 working days"),
                       name, value);
      else if (value > HIGH_ONSITE_DAYS + EPSILON)
        xc_report_add (context->report, "XC-04", NULL, id, NULL,
                       _("%s is committed on site %.1f days a month, more than 10"), name, value);
    }
}

/* XC-05 */

static void
check_scheme_installed (Context          *context,
                        XcPluginRegistry *registry)
{
  const char *scheme_id = xc_programme_get_scheme (context->programme);
  GListModel *schemes;
  g_autoptr(GString) installed = NULL;
  XcFinding *finding;

  if (xc_plugin_registry_lookup_scheme (registry, scheme_id) != NULL)
    return;

  /* installed, and turned off: say so, not "not installed" */
  {
    XcPluginInfo *provider = xc_plugin_registry_lookup_disabled_provider (registry, scheme_id);

    if (provider != NULL)
      {
        finding = xc_report_add (context->report, "XC-05", NULL, scheme_id, "scheme",
                                 _("Scheme “%s” is provided by the plugin “%s”, which is "
                                   "disabled; enable it in Preferences"),
                                 scheme_id, xc_plugin_info_get_name (provider));
        xc_finding_set_about_program (finding, TRUE);
        return;
      }
  }

  schemes = xc_plugin_registry_get_schemes (registry);
  installed = g_string_new (NULL);
  for (guint i = 0; i < g_list_model_get_n_items (schemes); i++)
    {
      g_autoptr(XcScheme) scheme = g_list_model_get_item (schemes, i);

      if (installed->len > 0)
        g_string_append (installed, _(", "));
      g_string_append (installed, xc_scheme_get_name (scheme));
    }

  if (installed->len == 0)
    finding = xc_report_add (context->report, "XC-05", NULL, scheme_id, "scheme",
                             _("Scheme “%s” is not installed, and no scheme is installed"),
                             scheme_id);
  else
    finding = xc_report_add (context->report, "XC-05", NULL, scheme_id, "scheme",
                             _("Scheme “%s” is not installed; installed schemes: %s"),
                             scheme_id, installed->str);
  /* What is installed is the program's state, not the design's. */
  xc_finding_set_about_program (finding, TRUE);
}

/* XC-06 */

static void
check_expert_learners (Context *context)
{
  GListModel *units = xc_programme_get_units (context->programme);

  for (guint i = 0; i < g_list_model_get_n_items (units); i++)
    {
      g_autoptr(XcUnit) unit = g_list_model_get_item (units, i);
      const char * const *learners = xc_unit_get_learners (unit);

      for (guint j = 0; learners[j] != NULL; j++)
        {
          g_autofree char *path = g_strdup_printf ("learners[%u]", j);

          XcPerson *person = xc_programme_lookup_person (context->programme, learners[j]);
          const char *name = person != NULL && xc_person_get_name (person) != NULL
                             ? xc_person_get_name (person) : learners[j];

          if (g_strcmp0 (learners[j], xc_unit_get_lead (unit)) == 0)
            xc_report_add (context->report, "XC-06", xc_unit_get_id (unit), learners[j], path,
                           _("%s leads the unit and is also one of its learners"), name);
          else if (xc_unit_has_team_member (unit, learners[j]))
            xc_report_add (context->report, "XC-06", xc_unit_get_id (unit), learners[j], path,
                           _("%s is on the unit's team and is also one of its learners"), name);
        }
    }
}

/* XC-07 */

/* What the planner calls a member the format requires, by the last part of
 * its path; the record tells a person's title from a programme's. */
static const char *
describe_required_member (XcFormatRecord  record,
                          const char     *path)
{
  const char *dot = strrchr (path, '.');
  const char *member = dot != NULL ? dot + 1 : path;

  if (g_str_equal (member, "title"))
    return record == XC_FORMAT_RECORD_PERSON ? C_("person", "title") : C_("programme", "title");
  if (g_str_equal (member, "name"))
    return record == XC_FORMAT_RECORD_PERSON ? C_("person", "name") : _("name");
  if (g_str_equal (member, "id"))
    return _("id");
  if (g_str_equal (member, "institution"))
    return _("institution");
  if (g_str_equal (member, "kind"))
    return _("kind");
  if (g_str_equal (member, "start"))
    return _("start date");
  if (g_str_equal (member, "months"))
    return _("duration in months");
  if (g_str_equal (member, "person"))
    return _("team member");
  if (g_str_equal (member, "role"))
    return _("role of a commitment");
  if (g_str_equal (member, "activity"))
    return _("activity of a commitment");
  if (g_str_equal (member, "count"))
    return _("count of a commitment");
  if (g_str_equal (member, "per"))
    return _("frequency of a commitment");
  if (g_str_equal (member, "specialty"))
    return _("specialty");
  return member;
}

typedef struct
{
  XcReport       *report;
  XcFormatRecord  kind;
  XcRecord       *record;    /* NULL for the programme */
  guint           index;     /* in its collection */
  const char     *prefix;    /* of a unit's team member or commitment: "team[2]." */
} Missing;

static void
report_missing_cb (const char *path,
                   const char *unknown_value,
                   gpointer    user_data)
{
  Missing *missing = user_data;
  const char *what = describe_required_member (missing->kind, path);
  const char *id = missing->record != NULL ? xc_record_get_id (missing->record) : NULL;
  g_autofree char *full_path = g_strconcat (missing->prefix != NULL ? missing->prefix : "",
                                            path, NULL);
  g_autofree char *name = NULL;

  if (unknown_value != NULL)
    {
      gboolean in_unit = missing->kind == XC_FORMAT_RECORD_UNIT;

      xc_report_add (missing->report, "XC-07", in_unit ? id : NULL, in_unit ? NULL : id,
                     full_path, _("“%s” is not a %s the format knows"), unknown_value, what);
      return;
    }
  if (missing->record == NULL)
    {
      xc_report_add (missing->report, "XC-07", NULL, NULL, path,
                     _("The design has no %s yet"), what);
      return;
    }

  if (missing->kind != XC_FORMAT_RECORD_NEED)
    g_object_get (missing->record, "name", &name, NULL);
  switch (missing->kind)
    {
    case XC_FORMAT_RECORD_UNIT:
      xc_report_add (missing->report, "XC-07", id, NULL, full_path,
                     _("The unit “%s” has no %s yet"), name != NULL ? name : id, what);
      break;
    case XC_FORMAT_RECORD_PERSON:
      xc_report_add (missing->report, "XC-07", NULL, id, path,
                     _("The person “%s” has no %s yet"), name != NULL ? name : id, what);
      break;
    case XC_FORMAT_RECORD_INSTITUTION:
      xc_report_add (missing->report, "XC-07", NULL, id, path,
                     _("The institution “%s” has no %s yet"), name != NULL ? name : id, what);
      break;
    case XC_FORMAT_RECORD_TOWN:
      xc_report_add (missing->report, "XC-07", NULL, id, path,
                     _("The town “%s” has no %s yet"), name != NULL ? name : id, what);
      break;
    case XC_FORMAT_RECORD_NEED:
    case XC_FORMAT_RECORD_PROGRAMME:
    default:
      {
        /* A need has no id: its path from the design leads to it. */
        g_autofree char *need_path = g_strdup_printf ("needs[%u].%s", missing->index, path);

        xc_report_add (missing->report, "XC-07", NULL, NULL, need_path,
                       _("A need has no %s yet"), what);
      }
      break;
    }
}

static void
check_collection_complete (Context        *context,
                           GListModel     *list,
                           XcFormatRecord  kind)
{
  for (guint i = 0; i < g_list_model_get_n_items (list); i++)
    {
      g_autoptr(XcRecord) record = g_list_model_get_item (list, i);
      Missing missing = { context->report, kind, record, i, NULL };

      _xc_format_foreach_missing (kind, xc_record_get_json (record), report_missing_cb, &missing);
    }
}

/* A unit's team members and commitments, reported as the unit's. */
static void
check_unit_parts_complete (Context        *context,
                           XcUnit         *unit,
                           GListModel     *parts,
                           const char     *member,
                           XcFormatRecord  kind)
{
  for (guint i = 0; i < g_list_model_get_n_items (parts); i++)
    {
      g_autoptr(XcRecord) part = g_list_model_get_item (parts, i);
      g_autofree char *prefix = g_strdup_printf ("%s[%u].", member, i);
      Missing missing = { context->report, XC_FORMAT_RECORD_UNIT, XC_RECORD (unit), i, prefix };

      _xc_format_foreach_missing (kind, xc_record_get_json (part), report_missing_cb, &missing);
    }
}

static void
check_complete (Context *context)
{
  XcProgramme *programme = context->programme;
  Missing missing = { context->report, XC_FORMAT_RECORD_PROGRAMME, NULL, 0, NULL };

  _xc_format_foreach_missing (XC_FORMAT_RECORD_PROGRAMME, xc_record_get_json (XC_RECORD (programme)),
                              report_missing_cb, &missing);
  check_collection_complete (context, xc_programme_get_towns (programme), XC_FORMAT_RECORD_TOWN);
  check_collection_complete (context, xc_programme_get_institutions (programme),
                             XC_FORMAT_RECORD_INSTITUTION);
  check_collection_complete (context, xc_programme_get_people (programme), XC_FORMAT_RECORD_PERSON);
  check_collection_complete (context, xc_programme_get_units (programme), XC_FORMAT_RECORD_UNIT);
  for (guint i = 0; i < g_list_model_get_n_items (xc_programme_get_units (programme)); i++)
    {
      g_autoptr(XcUnit) unit = g_list_model_get_item (xc_programme_get_units (programme), i);

      check_unit_parts_complete (context, unit, xc_unit_get_team (unit), "team",
                                 XC_FORMAT_RECORD_TEAM_MEMBER);
      check_unit_parts_complete (context, unit, xc_unit_get_commitments (unit), "commitments",
                                 XC_FORMAT_RECORD_COMMITMENT);
    }
  check_collection_complete (context, xc_programme_get_needs (programme), XC_FORMAT_RECORD_NEED);
}

void
_xc_core_rules_validate (XcProgramme      *programme,
                         XcPluginRegistry *registry,
                         XcReport         *report)
{
  Context context = { programme, report };

  /* the collections as a planner calls them, not as the file does */
  check_unique_ids (report, xc_programme_get_towns (programme), "region.towns",
                    C_("collection", "the towns"), FALSE);
  check_unique_ids (report, xc_programme_get_institutions (programme), "institutions",
                    C_("collection", "the institutions"), FALSE);
  check_unique_ids (report, xc_programme_get_people (programme), "people",
                    C_("collection", "the people"), FALSE);
  check_unique_ids (report, xc_programme_get_units (programme), "units",
                    C_("collection", "the units"), TRUE);
  check_references (&context);
  check_numbers_and_dates (&context);
  check_onsite_days (&context);
  check_scheme_installed (&context, registry);
  check_expert_learners (&context);
  check_complete (&context);
}
