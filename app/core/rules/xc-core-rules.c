/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "xc-rules"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "xc-core-rules-private.h"
#include "xc-design-private.h"
#include "xc-format-private.h"
#include "xc-record-private.h"
#include "xc-team-member.h"
#include "xc-translation.h"
#include "xc-vocabulary.h"

/* a check words a message per finding: translations remembered */
#undef _
#define _(String) ((char *) xc_translate (GETTEXT_PACKAGE, (String)))

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

/* The id of every record of a collection is its struct's first member. */
static void
check_unique_ids (XcDesign       *design,
                  XcReport       *report,
                  XcFormatRecord  record,
                  const char     *collection,
                  const char     *label)
{
  guint n, n_ids = 0;
  gconstpointer records = _xc_design_get_records (design, record, &n);
  gsize size = _xc_format_get_shape (record)->size;
  gboolean is_units = record == XC_FORMAT_RECORD_UNIT;
  g_autoptr(GHashTable) seen = NULL;

  /* as many ids as records with one: none repeated, nothing to look up */
  for (guint i = 0; i < n; i++)
    n_ids += *(const char * const *) ((const guchar *) records + i * size) != NULL;
  if (n_ids == _xc_design_count_ids (design, record))
    return;

  seen = g_hash_table_new (g_str_hash, g_str_equal);
  for (guint i = 0; i < n; i++)
    {
      const char *id = *(const char * const *) ((const guchar *) records + i * size);
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
  XcDesign *design;
  XcReport *report;
} Context;

static void
check_reference (Context    *context,
                 const char *unit_id,
                 const char *path,
                 const char *what,
                 const char *id,
                 guint       target)
{
  if (id == NULL || target != XC_DESIGN_NONE)
    return;

  xc_report_add (context->report, "XC-01", unit_id, id, path,
                 _("%s “%s” does not exist"), what, id);
}

static void
check_references (Context *context)
{
  XcDesign *design = context->design;
  const XcProgrammeData *programme = xc_design_get_programme (design);
  guint n_institutions, n_people, n_units, n_needs;
  const XcInstitutionData *institutions = xc_design_get_institutions (design, &n_institutions);
  const XcPersonData *people = xc_design_get_people (design, &n_people);
  const XcUnitData *units = xc_design_get_units (design, &n_units);
  const XcNeedData *needs = xc_design_get_needs (design, &n_needs);

  check_reference (context, NULL, "partner", _("The partner institution"), programme->partner,
                   programme->partner_index);

  for (guint i = 0; i < n_institutions; i++)
    {
      const XcInstitutionData *institution = &institutions[i];

      if (institution->town != NULL && institution->town_index == XC_DESIGN_NONE)
        {
          g_autofree char *path = g_strdup_printf ("institutions[%u].town", i);

          check_reference (context, NULL, path, _("The town"), institution->town, XC_DESIGN_NONE);
        }
      if (institution->affiliated_to != NULL && institution->affiliated_index == XC_DESIGN_NONE)
        {
          g_autofree char *path = g_strdup_printf ("institutions[%u].affiliated_to", i);

          check_reference (context, NULL, path, _("The institution"), institution->affiliated_to,
                           XC_DESIGN_NONE);
        }
    }

  for (guint i = 0; i < n_people; i++)
    if (people[i].institution != NULL && people[i].institution_index == XC_DESIGN_NONE)
      {
        g_autofree char *path = g_strdup_printf ("people[%u].institution", i);

        check_reference (context, NULL, path, _("The institution"), people[i].institution,
                         XC_DESIGN_NONE);
      }

  for (guint i = 0; i < n_units; i++)
    {
      const XcUnitData *unit = &units[i];

      if (!xc_report_begin_unit (context->report, "XC-01 references", i))
        continue;
      check_reference (context, unit->id, "host", _("The host institution"), unit->host,
                       unit->host_index);
      check_reference (context, unit->id, "lead", _("The lead"), unit->lead, unit->lead_index);

      for (guint j = 0; j < unit->n_team; j++)
        if (unit->team[j].person != NULL && unit->team[j].person_index == XC_DESIGN_NONE)
          {
            g_autofree char *path = g_strdup_printf ("team[%u].person", j);

            check_reference (context, unit->id, path, _("The team member"), unit->team[j].person,
                             XC_DESIGN_NONE);
          }

      for (guint j = 0; unit->learners[j] != NULL; j++)
        if (unit->learner_indexes[j] == XC_DESIGN_NONE)
          {
            g_autofree char *path = g_strdup_printf ("learners[%u]", j);

            check_reference (context, unit->id, path, _("The learner"), unit->learners[j],
                             XC_DESIGN_NONE);
          }
      xc_report_end_unit (context->report);
    }

  for (guint i = 0; i < n_needs; i++)
    if (needs[i].institution != NULL && needs[i].institution_index == XC_DESIGN_NONE)
      {
        g_autofree char *path = g_strdup_printf ("needs[%u].institution", i);

        check_reference (context, NULL, path, _("The institution"), needs[i].institution,
                         XC_DESIGN_NONE);
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

static gboolean
parse_date (const char *text,
            GDate      *date)
{
  guint year, month, day;

  if (text == NULL || strlen (text) != 10
      || sscanf (text, "%4u-%2u-%2u", &year, &month, &day) != 3
      || text[4] != '-' || text[7] != '-'
      || !g_ascii_isdigit (text[0]) || !g_ascii_isdigit (text[5]) || !g_ascii_isdigit (text[8]))
    return FALSE;

  if (!g_date_valid_dmy (day, month, year))
    return FALSE;

  g_date_clear (date, 1);
  g_date_set_dmy (date, day, month, year);
  return TRUE;
}

static void
check_unit_period (Context          *context,
                   const XcUnitData *unit,
                   const GDate      *programme_start,
                   const GDate      *programme_end)
{
  GDate start, end;
  gboolean has_start = FALSE;

  if (unit->start != NULL)
    {
      if (!parse_date (unit->start, &start))
        {
          xc_report_add (context->report, "XC-02", unit->id, NULL, "start",
                         _("The start date “%s” is not a date of the form YYYY-MM-DD"),
                         unit->start);
          return;
        }
      has_start = TRUE;
    }

  if (programme_start == NULL)
    return;

  if (has_start && g_date_compare (&start, programme_start) < 0)
    xc_report_add (context->report, "XC-02", unit->id, NULL, "start",
                   _("The unit starts on %s, before the programme"), unit->start);

  /* A unit without months runs to the programme's end. */
  if (unit->months >= 0)
    {
      end = has_start ? start : *programme_start;
      g_date_add_months (&end, (guint) MIN (unit->months, 12 * 1000));
      if (g_date_compare (&end, programme_end) > 0)
        xc_report_add (context->report, "XC-02", unit->id, NULL, "months",
                       _("The unit runs for %lld months, past the programme's end"),
                       (long long) unit->months);
    }
}

/* A negative number, named as a planner knows it (@what); @path leads
 * to the field. Only records the reader saw a negative number in get
 * here, read again from their bytes: a number's absence and -1 differ. */
static void
check_not_negative (Context    *context,
                    const char *unit_id,
                    const char *subject_id,
                    JsonObject *object,
                    const char *member,
                    const char *path,
                    const char *what)
{
  const char *dot = strchr (member, '.');
  double value;

  if (dot != NULL)
    {
      g_autofree char *outer = g_strndup (member, dot - member);
      JsonNode *node = json_object_get_member (object, outer);

      if (node == NULL || !JSON_NODE_HOLDS_OBJECT (node))
        return;
      object = json_node_get_object (node);
      member = dot + 1;
    }
  if (_xc_json_get_number (object, member, &value) && value < 0)
    report_negative (context, unit_id, subject_id, path, what, value);
}

static void
check_unit_parts_not_negative (Context          *context,
                               const XcUnitData *unit,
                               JsonObject       *object)
{
  XcDesign *design = context->design;
  JsonNode *targets_node = json_object_get_member (object, "targets");
  JsonObject *targets = targets_node != NULL && JSON_NODE_HOLDS_OBJECT (targets_node)
                        ? json_node_get_object (targets_node) : NULL;

  for (guint j = 0; j < unit->n_team; j++)
    {
      const XcTeamMemberData *member = &unit->team[j];

      if (member->residency_months < 0)
        {
          const char *id = member->person;
          g_autofree char *path = g_strdup_printf ("team[%u].residency_months", j);
          JsonArray *team = json_object_get_array_member (object, "team");
          double value;

          if (!_xc_json_get_number (json_array_get_object_element (team, j), "residency_months", &value)
              || value >= 0)
            continue;
          {
            /* TRANSLATORS: %s is a team member */
            g_autofree char *what = g_strdup_printf (_("The months %s stays on site"),
                                                     member->person_index != XC_DESIGN_NONE
                                                     ? xc_person_data_get_label (&xc_design_get_people (design, NULL)[member->person_index])
                                                     : id != NULL ? id : "—");

            report_negative (context, unit->id, id, path, what, value);
          }
        }
    }

  for (guint j = 0; j < unit->n_commitments; j++)
    if (unit->commitments[j].count < 0)
      {
        g_autofree char *path = g_strdup_printf ("commitments[%u].count", j);
        /* TRANSLATORS: %u counts the unit's commitments from 1 */
        g_autofree char *what = g_strdup_printf (_("The count of commitment %u"), j + 1);

        report_negative (context, unit->id, NULL, path, what, unit->commitments[j].count);
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

              report_negative (context, unit->id, NULL, path, what, value);
            }
        }
    }
}

static void
check_numbers_and_dates (Context *context)
{
  XcDesign *design = context->design;
  const XcProgrammeData *programme = xc_design_get_programme (design);
  guint n_institutions, n_units;
  const XcInstitutionData *institutions = xc_design_get_institutions (design, &n_institutions);
  const XcUnitData *units = xc_design_get_units (design, &n_units);
  const char *start_text = programme->start;
  GDate start, end;
  gboolean has_start = parse_date (start_text, &start);
  gboolean has_end = FALSE;

  /* An absent start is XC-07's: not filled in yet, rather than wrong. */
  if (!has_start && start_text != NULL && *start_text != '\0')
    xc_report_add (context->report, "XC-02", NULL, NULL, "period.start",
                   _("The programme start “%s” is not a date of the form YYYY-MM-DD"),
                   start_text);

  if (_xc_design_has_negative (design, XC_FORMAT_RECORD_PROGRAMME, 0))
    {
      g_autoptr(JsonObject) object = _xc_design_dup_record_object (design, XC_FORMAT_RECORD_PROGRAMME, 0);

      check_not_negative (context, NULL, programme->id, object, "period.months", "period.months",
                          _("The programme's length in months"));
      check_not_negative (context, NULL, programme->id, object, "budget.total", "budget.total",
                          _("The total budget"));
      check_not_negative (context, NULL, programme->id, object, "budget.per_year", "budget.per_year",
                          _("The budget per year"));
      check_not_negative (context, NULL, programme->id, object, "acceptance.planned_month",
                          "acceptance.planned_month", _("The planned month of acceptance"));
    }

  if (has_start && programme->months >= 0)
    {
      end = start;
      g_date_add_months (&end, (guint) MIN (programme->months, 12 * 1000));
      has_end = TRUE;
    }

  for (guint i = 0; i < n_institutions; i++)
    if (_xc_design_has_negative (design, XC_FORMAT_RECORD_INSTITUTION, i))
      {
        const XcInstitutionData *institution = &institutions[i];
        g_autoptr(JsonObject) object = _xc_design_dup_record_object (design, XC_FORMAT_RECORD_INSTITUTION, i);
        g_autofree char *beds = g_strdup_printf ("institutions[%u].beds", i);
        g_autofree char *population = g_strdup_printf ("institutions[%u].population", i);
        /* TRANSLATORS: %s is an institution */
        g_autofree char *beds_label = g_strdup_printf (_("The beds of %s"),
                                                       xc_institution_data_get_label (institution));
        /* TRANSLATORS: %s is an institution */
        g_autofree char *population_label = g_strdup_printf (_("The population %s serves"),
                                                             xc_institution_data_get_label (institution));

        check_not_negative (context, NULL, institution->id, object, "beds", beds, beds_label);
        check_not_negative (context, NULL, institution->id, object, "population", population,
                            population_label);
      }

  for (guint i = 0; i < n_units; i++)
    {
      const XcUnitData *unit = &units[i];
      g_autoptr(JsonObject) object = NULL;

      /* the programme's period is the same for every unit */
      if (!xc_report_begin_unit (context->report, "XC-02 units", i))
        continue;
      if (_xc_design_has_negative (design, XC_FORMAT_RECORD_UNIT, i))
        {
          object = _xc_design_dup_record_object (design, XC_FORMAT_RECORD_UNIT, i);
          check_not_negative (context, unit->id, unit->id, object, "months", "months",
                              _("The unit's length in months"));
          check_not_negative (context, unit->id, unit->id, object, "facilities.teaching_room_m2",
                              "facilities.teaching_room_m2", _("The teaching room's area"));
        }
      check_unit_period (context, unit, has_start ? &start : NULL, has_end ? &end : NULL);
      if (object != NULL)
        check_unit_parts_not_negative (context, unit, object);
      xc_report_end_unit (context->report);
    }
}

/* XC-03, XC-04 */

typedef struct
{
  const char *id;
  const char *name;
  double      days;
} ExpertDays;

static int
compare_expert_ids (const void *a,
                    const void *b)
{
  return g_strcmp0 (((const ExpertDays *) a)->id, ((const ExpertDays *) b)->id);
}

static void
check_onsite_days (Context *context)
{
  XcDesign *design = context->design;
  const double *days = xc_design_get_onsite_days (design);
  GHashTable *dangling = _xc_design_get_dangling_onsite_days (design);
  g_autoptr(GArray) high = g_array_new (FALSE, FALSE, sizeof (ExpertDays));
  g_autoptr(GHashTable) seen = g_hash_table_new (g_str_hash, g_str_equal);
  GHashTableIter iter;
  gpointer key, value;
  guint n_people;
  const XcPersonData *people = xc_design_get_people (design, &n_people);

  /* Only those over 10 days are reported; a duplicated id counts once,
   * its days all on the first person with it. */
  for (guint i = 0; i < n_people; i++)
    if (days[i] > HIGH_ONSITE_DAYS + EPSILON && g_hash_table_add (seen, (gpointer) people[i].id))
      {
        ExpertDays expert = { people[i].id, people[i].name != NULL ? people[i].name : people[i].id,
                              days[i] };

        g_array_append_val (high, expert);
      }
  g_hash_table_iter_init (&iter, dangling);
  while (g_hash_table_iter_next (&iter, &key, &value))
    if (*(double *) value > HIGH_ONSITE_DAYS + EPSILON)
      {
        ExpertDays expert = { key, key, *(double *) value };

        g_array_append_val (high, expert);
      }

  /* In id order, so reports are the same on every run. */
  g_array_sort (high, compare_expert_ids);

  for (guint i = 0; i < high->len; i++)
    {
      ExpertDays *expert = &g_array_index (high, ExpertDays, i);

      if (expert->days > MAX_ONSITE_DAYS + EPSILON)
        xc_report_add (context->report, "XC-03", NULL, expert->id, NULL,
                       _("%s is committed on site %.1f days a month across all units; a month has about 22 working days"),
                       expert->name, expert->days);
      else
        xc_report_add (context->report, "XC-04", NULL, expert->id, NULL,
                       _("%s is committed on site %.1f days a month, more than 10"),
                       expert->name, expert->days);
    }
}

/* XC-05 */

static void
check_scheme_installed (Context          *context,
                        XcPluginRegistry *registry)
{
  const char *scheme_id = xc_design_get_programme (context->design)->scheme;
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
  guint n_units;
  const XcUnitData *units = xc_design_get_units (context->design, &n_units);
  const XcPersonData *people = xc_design_get_people (context->design, NULL);

  for (guint i = 0; i < n_units; i++)
    {
      const XcUnitData *unit = &units[i];

      if (!xc_report_begin_unit (context->report, "XC-06", i))
        continue;
      for (guint j = 0; unit->learners[j] != NULL; j++)
        {
          const char *learner = unit->learners[j];
          guint person = unit->learner_indexes[j];
          const char *name = person != XC_DESIGN_NONE && people[person].name != NULL
                             ? people[person].name : learner;
          g_autofree char *path = NULL;

          if (g_strcmp0 (learner, unit->lead) == 0)
            {
              path = g_strdup_printf ("learners[%u]", j);
              xc_report_add (context->report, "XC-06", unit->id, learner, path,
                             _("%s leads the unit and is also one of its learners"), name);
            }
          else if (xc_unit_data_has_team_member (unit, learner))
            {
              path = g_strdup_printf ("learners[%u]", j);
              xc_report_add (context->report, "XC-06", unit->id, learner, path,
                             _("%s is on the unit's team and is also one of its learners"), name);
            }
        }
      xc_report_end_unit (context->report);
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
  const char     *id;        /* of the record; NULL for the programme */
  const char     *name;      /* of the record, where it has one */
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
  const char *id = missing->id;
  const char *name = missing->name;
  g_autofree char *full_path = g_strconcat (missing->prefix != NULL ? missing->prefix : "",
                                            path, NULL);

  if (unknown_value != NULL)
    {
      gboolean in_unit = missing->kind == XC_FORMAT_RECORD_UNIT;

      xc_report_add (missing->report, "XC-07", in_unit ? id : NULL, in_unit ? NULL : id,
                     full_path, _("“%s” is not a %s the format knows"), unknown_value, what);
      return;
    }
  if (missing->kind == XC_FORMAT_RECORD_PROGRAMME)
    {
      xc_report_add (missing->report, "XC-07", NULL, NULL, path,
                     _("The design has no %s yet"), what);
      return;
    }

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

/* The order findings come in: the programme, its collections, each
 * unit's team and commitments after all units, the needs last. */
static int
gap_rank (const XcDesignGap *gap)
{
  switch (gap->record)
    {
    case XC_FORMAT_RECORD_PROGRAMME: return 0;
    case XC_FORMAT_RECORD_TOWN: return 1;
    case XC_FORMAT_RECORD_INSTITUTION: return 2;
    case XC_FORMAT_RECORD_PERSON: return 3;
    case XC_FORMAT_RECORD_UNIT: return 4;
    case XC_FORMAT_RECORD_TEAM_MEMBER:
    case XC_FORMAT_RECORD_COMMITMENT: return 5;
    case XC_FORMAT_RECORD_NEED: return 6;
    default: return 7;
    }
}

static int
compare_gaps (gconstpointer a,
              gconstpointer b)
{
  const XcDesignGap *x = a, *y = b;
  int rank = gap_rank (x) - gap_rank (y);

  if (rank != 0)
    return rank;
  if (gap_rank (x) == 5)
    {
      if (x->unit != y->unit)
        return x->unit < y->unit ? -1 : 1;
      if (x->record != y->record)
        return x->record == XC_FORMAT_RECORD_TEAM_MEMBER ? -1 : 1;
    }
  return x->index < y->index ? -1 : x->index > y->index;
}

/* Only records the reader saw a gap in are looked at again, from their
 * bytes; at national scale there are few or none. */
static void
check_complete (Context *context)
{
  XcDesign *design = context->design;
  guint n_gaps;
  const XcDesignGap *found = _xc_design_get_gaps (design, &n_gaps);
  g_autofree XcDesignGap *gaps = g_memdup2 (found, n_gaps * sizeof (XcDesignGap));
  const XcUnitData *units = xc_design_get_units (design, NULL);

  if (n_gaps == 0)
    return;
  qsort (gaps, n_gaps, sizeof (XcDesignGap), compare_gaps);
  for (guint i = 0; i < n_gaps; i++)
    {
      const XcDesignGap *gap = &gaps[i];
      g_autoptr(JsonObject) object = _xc_design_dup_gap_object (design, gap);
      g_autofree char *prefix = NULL;
      Missing missing = { context->report, gap->record, NULL, NULL, gap->index, NULL };

      switch (gap->record)
        {
        case XC_FORMAT_RECORD_TOWN:
          missing.id = xc_design_get_towns (design, NULL)[gap->index].id;
          missing.name = xc_design_get_towns (design, NULL)[gap->index].name;
          break;
        case XC_FORMAT_RECORD_INSTITUTION:
          missing.id = xc_design_get_institutions (design, NULL)[gap->index].id;
          missing.name = xc_design_get_institutions (design, NULL)[gap->index].name;
          break;
        case XC_FORMAT_RECORD_PERSON:
          missing.id = xc_design_get_people (design, NULL)[gap->index].id;
          missing.name = xc_design_get_people (design, NULL)[gap->index].name;
          break;
        case XC_FORMAT_RECORD_UNIT:
          missing.id = units[gap->index].id;
          missing.name = units[gap->index].name;
          break;
        case XC_FORMAT_RECORD_TEAM_MEMBER:
        case XC_FORMAT_RECORD_COMMITMENT:
          /* reported as the unit's */
          missing.kind = XC_FORMAT_RECORD_UNIT;
          missing.id = units[gap->unit].id;
          missing.name = units[gap->unit].name;
          prefix = g_strdup_printf ("%s[%u].", gap->record == XC_FORMAT_RECORD_TEAM_MEMBER
                                               ? "team" : "commitments", gap->index);
          missing.prefix = prefix;
          break;
        case XC_FORMAT_RECORD_PROGRAMME:
        case XC_FORMAT_RECORD_NEED:
        default:
          break;
        }
      _xc_format_foreach_missing (gap->record, object, report_missing_cb, &missing);
    }
}

/* Every core rule over @design, in the order findings are listed. */
void
_xc_core_rules_check (XcDesign         *design,
                      XcPluginRegistry *registry,
                      XcReport         *report)
{
  Context context = { design, report };

  /* the collections as a planner calls them, not as the file does */
  check_unique_ids (design, report, XC_FORMAT_RECORD_TOWN, "region.towns",
                    C_("collection", "the towns"));
  check_unique_ids (design, report, XC_FORMAT_RECORD_INSTITUTION, "institutions",
                    C_("collection", "the institutions"));
  check_unique_ids (design, report, XC_FORMAT_RECORD_PERSON, "people",
                    C_("collection", "the people"));
  check_unique_ids (design, report, XC_FORMAT_RECORD_UNIT, "units",
                    C_("collection", "the units"));
  check_references (&context);
  check_numbers_and_dates (&context);
  check_onsite_days (&context);
  check_scheme_installed (&context, registry);
  check_expert_learners (&context);
  check_complete (&context);
}
