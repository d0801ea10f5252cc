/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "chaozhou-talent"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "cz-rules.h"

#define SEED "001_ac16e4c53687c849.txt"

/* CZ-02: "常驻" read as a stay of a year or more, as in ZB-05. */
#define RESIDENT_MONTHS 12

static const XcRuleInfo rules[] = {
  { "CZ-01", XC_SEVERITY_WARNING,
    N_("Every county of the region combines at least one rigid and one flexible instrument."),
    "刚柔并济综合引才", SEED },
  { "CZ-02", XC_SEVERITY_ERROR,
    N_("A trusteeship stations at least one management or medical staff member resident for 12 months or more."),
    "先后派驻26名管理人员以及医疗骨干常驻", SEED },
  { "CZ-03", XC_SEVERITY_ERROR,
    N_("Where an instrument sets a minimum number of experts a year, its lead and team reach it."),
    "每年选派不少于13名医疗专家常驻", SEED },
  { "CZ-04", XC_SEVERITY_WARNING,
    N_("An order-training instrument records at least one signed employment agreement."),
    "签定就业协议14人", SEED },
  { "CZ-05", XC_SEVERITY_WARNING,
    N_("A pairing names both sides: its host and a partner institution."),
    "9家医疗机构与福田区4家医疗机构签定…协议", SEED },
  { "CZ-06", XC_SEVERITY_INFO,
    N_("Totals of stationed experts, trainees and training sessions across the portfolio."),
    "培训班74场次，培训超2500人次", SEED },
};

GListModel *
cz_rules_list (void)
{
  return xc_rule_list_new_from_table (rules, G_N_ELEMENTS (rules), GETTEXT_PACKAGE);
}

typedef enum
{
  INSTRUMENT_UNKNOWN,
  INSTRUMENT_RIGID,
  INSTRUMENT_FLEXIBLE,
} InstrumentClass;

/* 刚性 and 柔性 as policy-rules.md divides the variants. */
static InstrumentClass
classify_variant (const char *variant)
{
  static const char * const rigid[] = {
    "group_recruitment", "order_training", "trusteeship", NULL
  };
  static const char * const flexible[] = {
    "migratory_expert", "pairing", "alliance", "mentor_pool", "training", NULL
  };

  if (variant == NULL)
    return INSTRUMENT_UNKNOWN;
  if (g_strv_contains (rigid, variant))
    return INSTRUMENT_RIGID;
  if (g_strv_contains (flexible, variant))
    return INSTRUMENT_FLEXIBLE;
  return INSTRUMENT_UNKNOWN;
}

static gboolean
is_blank (const char *text)
{
  return text == NULL || text[0] == '\0';
}

/* CZ-01 */

typedef struct
{
  const char *county;
  gboolean    has_rigid;
  gboolean    has_flexible;
  /* The first instrument of the county whose variant is neither rigid nor
   * flexible: named in the finding, since it may be a typing mistake. */
  const char *odd_name;
  const char *odd_variant;
} CountyMix;

static CountyMix *
county_mix_get (GHashTable *by_county,
                GPtrArray  *in_order,
                const char *county)
{
  CountyMix *mix = g_hash_table_lookup (by_county, county);

  if (mix == NULL)
    {
      mix = g_new0 (CountyMix, 1);
      mix->county = county;
      g_hash_table_insert (by_county, (gpointer) county, mix);
      g_ptr_array_add (in_order, mix);
    }
  return mix;
}

static void
county_mix_add (CountyMix *mix,
                XcUnit    *unit)
{
  const char *variant = xc_unit_get_variant (unit);

  switch (classify_variant (variant))
    {
    case INSTRUMENT_RIGID:
      mix->has_rigid = TRUE;
      break;
    case INSTRUMENT_FLEXIBLE:
      mix->has_flexible = TRUE;
      break;
    case INSTRUMENT_UNKNOWN:
    default:
      if (mix->odd_name == NULL)
        {
          mix->odd_name = xc_record_get_label (XC_RECORD (unit));
          mix->odd_variant = variant;
        }
      break;
    }
}

static void
report_county_mix (CountyMix *mix,
                   XcReport  *report)
{
  g_autofree char *lacking = NULL;
  g_autofree char *note = NULL;

  if (mix->has_rigid && mix->has_flexible)
    return;

  if (!mix->has_rigid && !mix->has_flexible)
    lacking = g_strdup_printf (_("%s has neither a rigid instrument (group recruitment, order training, trusteeship) nor a flexible one (migratory experts, pairing, medical alliance, mentor pool, training)"),
                               mix->county);
  else if (!mix->has_rigid)
    lacking = g_strdup_printf (_("%s has flexible instruments but no rigid one (group recruitment, order training or trusteeship)"),
                               mix->county);
  else
    lacking = g_strdup_printf (_("%s has rigid instruments but no flexible one (migratory experts, pairing, medical alliance, mentor pool or training)"),
                               mix->county);

  if (mix->odd_name != NULL && mix->odd_variant != NULL)
    note = g_strdup_printf (_("; the instrument “%s” has the variant “%s”, which is neither rigid nor flexible"),
                            mix->odd_name, mix->odd_variant);
  else if (mix->odd_name != NULL)
    note = g_strdup_printf (_("; the instrument “%s” has no variant, so it is neither rigid nor flexible"),
                            mix->odd_name);

  xc_report_add (report, "CZ-01", NULL, mix->county, "units", "%s%s",
                 lacking, note != NULL ? note : "");
}

/* CZ-02: a member without `residency_months` is not resident; the lead has
 * no residency in format v1 and does not count. */
static void
check_trusteeship (XcUnit        *unit,
                   XcInstitution *host,
                   XcReport      *report)
{
  const char *unit_id = xc_unit_get_id (unit);
  const char *host_id = host != NULL ? xc_institution_get_id (host) : xc_unit_get_host (unit);
  GListModel *team = xc_unit_get_team (unit);
  guint n = g_list_model_get_n_items (team);
  gint64 longest = -1;

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(XcTeamMember) member = g_list_model_get_item (team, i);
      gint64 months = xc_team_member_get_residency_months (member);

      if (xc_team_member_get_person (member) == NULL)
        continue;
      if (months >= RESIDENT_MONTHS)
        return;
      longest = MAX (longest, months);
    }

  if (n == 0)
    xc_report_add (report, "CZ-02", unit_id, host_id, "team",
                   _("The trusteeship “%s” has no team: it stations nobody resident for 12 months or more"),
                   xc_record_get_label (XC_RECORD (unit)));
  else if (longest < 0)
    xc_report_add (report, "CZ-02", unit_id, host_id, "team",
                   g_dngettext (GETTEXT_PACKAGE,
                                "The trusteeship “%s” has %u team member, who states no residency; at least one must be resident for 12 months or more",
                                "The trusteeship “%s” has %u team members, none of whom states a residency; at least one must be resident for 12 months or more",
                                n),
                   xc_record_get_label (XC_RECORD (unit)), n);
  else
    xc_report_add (report, "CZ-02", unit_id, host_id, "team",
                   g_dngettext (GETTEXT_PACKAGE,
                                "The trusteeship “%s” has %u team member, resident for %d months; at least one must be resident for 12 months or more",
                                "The trusteeship “%s” has %u team members, none resident for 12 months or more (the longest stay is %d months)",
                                n),
                   xc_record_get_label (XC_RECORD (unit)), n, (int) CLAMP (longest, 0, G_MAXINT));
}

/* The distinct people an instrument sends: its lead and team members. */
static guint
count_experts (XcUnit *unit)
{
  g_autoptr(GHashTable) people = g_hash_table_new (g_str_hash, g_str_equal);
  GListModel *team = xc_unit_get_team (unit);
  const char *lead = xc_unit_get_lead (unit);

  if (lead != NULL)
    g_hash_table_add (people, (gpointer) lead);

  for (guint i = 0; i < g_list_model_get_n_items (team); i++)
    {
      g_autoptr(XcTeamMember) member = g_list_model_get_item (team, i);
      const char *person = xc_team_member_get_person (member);

      if (person != NULL)
        g_hash_table_add (people, (gpointer) person);
    }
  return g_hash_table_size (people);
}

/* CZ-03 */
static void
check_min_experts (XcUnit   *unit,
                   XcReport *report)
{
  const char *unit_id = xc_unit_get_id (unit);
  double minimum = 0;
  guint experts;

  if (xc_record_get_ext_member (XC_RECORD (unit), "min_experts_per_year") == NULL)
    return;

  if (!xc_record_get_ext_number (XC_RECORD (unit), "min_experts_per_year", &minimum))
    {
      xc_report_add (report, "CZ-03", unit_id, NULL, "ext.min_experts_per_year",
                     _("The instrument “%s” gives its minimum of experts a year as something other than a number, so it cannot be checked"),
                     xc_record_get_label (XC_RECORD (unit)));
      return;
    }

  experts = count_experts (unit);
  if (experts < minimum)
    xc_report_add (report, "CZ-03", unit_id, NULL, "team",
                   g_dngettext (GETTEXT_PACKAGE,
                                "The instrument “%s” sends %u expert (lead and team); it sets a minimum of %.15g a year",
                                "The instrument “%s” sends %u experts (lead and team); it sets a minimum of %.15g a year",
                                experts),
                   xc_record_get_label (XC_RECORD (unit)), experts, minimum);
}

/* CZ-04 */
static void
check_order_training (XcUnit   *unit,
                      XcReport *report)
{
  const char *unit_id = xc_unit_get_id (unit);
  double signed_count = 0;

  if (xc_record_get_ext_member (XC_RECORD (unit), "signed") == NULL)
    xc_report_add (report, "CZ-04", unit_id, NULL, "ext.signed",
                   _("The order-training instrument “%s” records no signed employment agreements"),
                   xc_record_get_label (XC_RECORD (unit)));
  else if (!xc_record_get_ext_number (XC_RECORD (unit), "signed", &signed_count))
    xc_report_add (report, "CZ-04", unit_id, NULL, "ext.signed",
                   _("The order-training instrument “%s” gives its signed employment agreements as something other than a number"),
                   xc_record_get_label (XC_RECORD (unit)));
  else if (signed_count < 1)
    xc_report_add (report, "CZ-04", unit_id, NULL, "ext.signed",
                   _("The order-training instrument “%s” records %.15g signed employment agreements; at least 1 is expected"),
                   xc_record_get_label (XC_RECORD (unit)), signed_count);
}

/* CZ-05: one finding a pairing, listing every side that is missing. A host
 * that names no institution of the design is XC-01's; a partner is in
 * `ext`, which the core does not read, so an unknown one is reported here. */
static void
check_pairing (XcProgramme   *programme,
               XcUnit        *unit,
               XcInstitution *host,
               XcReport      *report)
{
  const char *unit_id = xc_unit_get_id (unit);
  const char *host_id = xc_unit_get_host (unit);
  JsonNode *partner_node = xc_record_get_ext_member (XC_RECORD (unit), "partner");
  const char *partner_id = xc_record_get_ext_string (XC_RECORD (unit), "partner");
  XcInstitution *partner = NULL;
  g_autoptr(GPtrArray) problems = g_ptr_array_new_with_free_func (g_free);
  g_autofree char *list = NULL;
  const char *path = NULL;
  const char *subject = NULL;

  if (is_blank (host_id))
    {
      g_ptr_array_add (problems, g_strdup (_("it names no host institution")));
      path = "host";
    }

  if (partner_node == NULL || (partner_id != NULL && partner_id[0] == '\0'))
    g_ptr_array_add (problems, g_strdup (_("it names no partner institution")));
  else if (partner_id == NULL)
    g_ptr_array_add (problems, g_strdup (_("its partner is not the id of an institution")));
  else if ((partner = xc_programme_lookup_institution (programme, partner_id)) == NULL)
    {
      g_ptr_array_add (problems, g_strdup_printf (_("its partner “%s” is not an institution of the design"),
                                                  partner_id));
      subject = partner_id;
    }
  else if (g_strcmp0 (partner_id, host_id) == 0)
    {
      g_ptr_array_add (problems, g_strdup_printf (_("its partner %s is its own host"),
                                                  xc_record_get_label (XC_RECORD (partner))));
      subject = partner_id;
    }

  if (problems->len == 0)
    return;

  if (path == NULL)
    path = "ext.partner";
  if (subject == NULL && host != NULL)
    subject = xc_institution_get_id (host);

  g_ptr_array_add (problems, NULL);
  list = g_strjoinv (_("; "), (char **) problems->pdata);
  xc_report_add (report, "CZ-05", unit_id, subject, path,
                 _("The pairing “%s” does not name both sides: %s"), xc_record_get_label (XC_RECORD (unit)), list);
}

/* CZ-06 */

static void
add_experts (XcUnit     *unit,
             GHashTable *experts)
{
  GListModel *team = xc_unit_get_team (unit);
  const char *lead = xc_unit_get_lead (unit);

  if (lead != NULL)
    g_hash_table_add (experts, (gpointer) lead);

  for (guint i = 0; i < g_list_model_get_n_items (team); i++)
    {
      g_autoptr(XcTeamMember) member = g_list_model_get_item (team, i);
      const char *person = xc_team_member_get_person (member);

      if (person != NULL)
        g_hash_table_add (experts, (gpointer) person);
    }
}

static double
target_or_zero (XcUnit     *unit,
                const char *key)
{
  double value = 0;

  if (!xc_unit_get_target (unit, key, &value))
    return 0;
  return value;
}

void
cz_rules_validate (XcProgramme *programme,
                   XcReport    *report)
{
  GListModel *units = xc_programme_get_units (programme);
  guint n_units = g_list_model_get_n_items (units);
  const char * const *counties = xc_programme_get_counties (programme);
  g_autoptr(GHashTable) mix_by_county = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GPtrArray) mixes = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GHashTable) experts = g_hash_table_new (g_str_hash, g_str_equal);
  double trainees = 0, sessions = 0;

  /* The region's counties first, in their order; counties that only
   * instrument hosts name follow in the order they appear. */
  for (guint i = 0; counties != NULL && counties[i] != NULL; i++)
    if (!is_blank (counties[i]))
      county_mix_get (mix_by_county, mixes, counties[i]);

  for (guint i = 0; i < n_units; i++)
    {
      g_autoptr(XcUnit) unit = g_list_model_get_item (units, i);
      XcInstitution *host = xc_programme_lookup_institution (programme, xc_unit_get_host (unit));
      const char *variant = xc_unit_get_variant (unit);
      const char *county = xc_programme_get_institution_county (programme, host);

      if (county != NULL)
        county_mix_add (county_mix_get (mix_by_county, mixes, county), unit);

      if (g_strcmp0 (variant, "trusteeship") == 0)
        check_trusteeship (unit, host, report);
      else if (g_strcmp0 (variant, "order_training") == 0)
        check_order_training (unit, report);
      else if (g_strcmp0 (variant, "pairing") == 0)
        check_pairing (programme, unit, host, report);

      check_min_experts (unit, report);

      add_experts (unit, experts);
      trainees += target_or_zero (unit, "trainees");
      sessions += target_or_zero (unit, "training_sessions");
    }

  for (guint i = 0; i < mixes->len; i++)
    report_county_mix (g_ptr_array_index (mixes, i), report);

  xc_report_add (report, "CZ-06", NULL, NULL, NULL,
                 _("Across the portfolio, stationed experts (distinct leads and team members): %u; trainees: %.15g; training sessions: %.15g. Reference programme: about 350 doctors sent to counties and villages, 74 training sessions, over 2,500 trainees"),
                 g_hash_table_size (experts), trainees, sessions);
}
