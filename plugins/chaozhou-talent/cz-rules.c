/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "chaozhou-talent"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "cz-rules.h"

/* a check words a message per finding: translations remembered */
#undef _
#define _(String) ((char *) xc_translate (GETTEXT_PACKAGE, (String)))

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

/* Distinct experts, as the ids that name them: a person of the design
 * counts once by index; an id naming nobody (XC-01's) counts by its text. */
typedef struct
{
  guint      *stamps;     /* per person: the stamp of the last count */
  guint       stamp;
  GHashTable *dangling;   /* made on the first such id */
  guint       n;
} ExpertCount;

static void
expert_count_add (ExpertCount *count,
                  const char  *id,
                  guint        index)
{
  if (id == NULL)
    return;

  if (index != XC_DESIGN_NONE)
    {
      if (count->stamps[index] == count->stamp)
        return;
      count->stamps[index] = count->stamp;
      count->n++;
      return;
    }

  if (count->dangling == NULL)
    count->dangling = g_hash_table_new (g_str_hash, g_str_equal);
  if (g_hash_table_add (count->dangling, (gpointer) id))
    count->n++;
}

/* Counts the lead and the team members of @unit. */
static void
expert_count_add_unit (ExpertCount      *count,
                       const XcUnitData *unit)
{
  expert_count_add (count, unit->lead, unit->lead_index);
  for (guint i = 0; i < unit->n_team; i++)
    expert_count_add (count, unit->team[i].person, unit->team[i].person_index);
}

/* Starts counting afresh: a stamp is never 0, so the stamps need no
 * clearing. */
static void
expert_count_restart (ExpertCount *count)
{
  count->stamp++;
  count->n = 0;
  if (count->dangling != NULL)
    g_hash_table_remove_all (count->dangling);
}

static void
expert_count_clear (ExpertCount *count)
{
  g_clear_pointer (&count->stamps, g_free);
  g_clear_pointer (&count->dangling, g_hash_table_unref);
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
county_mix_add (CountyMix        *mix,
                const XcUnitData *unit)
{
  const char *variant = unit->variant;

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
          mix->odd_name = xc_unit_data_get_label (unit);
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
check_trusteeship (const XcUnitData *unit,
                   XcReport         *report)
{
  guint n = unit->n_team;
  gint64 longest = -1;

  for (guint i = 0; i < n; i++)
    {
      gint64 months = unit->team[i].residency_months;

      if (unit->team[i].person == NULL)
        continue;
      if (months >= RESIDENT_MONTHS)
        return;
      longest = MAX (longest, months);
    }

  /* The subject is the host, dangling or not. */
  if (n == 0)
    xc_report_add (report, "CZ-02", unit->id, unit->host, "team",
                   _("The trusteeship “%s” has no team: it stations nobody resident for 12 months or more"),
                   xc_unit_data_get_label (unit));
  else if (longest < 0)
    xc_report_add (report, "CZ-02", unit->id, unit->host, "team",
                   g_dngettext (GETTEXT_PACKAGE,
                                "The trusteeship “%s” has %u team member, who states no residency; at least one must be resident for 12 months or more",
                                "The trusteeship “%s” has %u team members, none of whom states a residency; at least one must be resident for 12 months or more",
                                n),
                   xc_unit_data_get_label (unit), n);
  else
    xc_report_add (report, "CZ-02", unit->id, unit->host, "team",
                   g_dngettext (GETTEXT_PACKAGE,
                                "The trusteeship “%s” has %u team member, resident for %d months; at least one must be resident for 12 months or more",
                                "The trusteeship “%s” has %u team members, none resident for 12 months or more (the longest stay is %d months)",
                                n),
                   xc_unit_data_get_label (unit), n, (int) CLAMP (longest, 0, G_MAXINT));
}

/* CZ-03: the distinct people an instrument sends are its lead and team
 * members. */
static void
check_min_experts (const XcUnitData *unit,
                   JsonObject       *ext,
                   ExpertCount      *count,
                   XcReport         *report)
{
  double minimum = 0;

  if (xc_ext_get_member (ext, "min_experts_per_year") == NULL)
    return;

  if (!xc_ext_get_number (ext, "min_experts_per_year", &minimum))
    {
      xc_report_add (report, "CZ-03", unit->id, NULL, "ext.min_experts_per_year",
                     _("The instrument “%s” gives its minimum of experts a year as something other than a number, so it cannot be checked"),
                     xc_unit_data_get_label (unit));
      return;
    }

  expert_count_restart (count);
  expert_count_add_unit (count, unit);
  if (count->n < minimum)
    xc_report_add (report, "CZ-03", unit->id, NULL, "team",
                   g_dngettext (GETTEXT_PACKAGE,
                                "The instrument “%s” sends %u expert (lead and team); it sets a minimum of %.15g a year",
                                "The instrument “%s” sends %u experts (lead and team); it sets a minimum of %.15g a year",
                                count->n),
                   xc_unit_data_get_label (unit), count->n, minimum);
}

/* CZ-04 */
static void
check_order_training (const XcUnitData *unit,
                      JsonObject       *ext,
                      XcReport         *report)
{
  double signed_count = 0;

  if (xc_ext_get_member (ext, "signed") == NULL)
    xc_report_add (report, "CZ-04", unit->id, NULL, "ext.signed",
                   _("The order-training instrument “%s” records no signed employment agreements"),
                   xc_unit_data_get_label (unit));
  else if (!xc_ext_get_number (ext, "signed", &signed_count))
    xc_report_add (report, "CZ-04", unit->id, NULL, "ext.signed",
                   _("The order-training instrument “%s” gives its signed employment agreements as something other than a number"),
                   xc_unit_data_get_label (unit));
  else if (signed_count < 1)
    xc_report_add (report, "CZ-04", unit->id, NULL, "ext.signed",
                   _("The order-training instrument “%s” records %.15g signed employment agreements; at least 1 is expected"),
                   xc_unit_data_get_label (unit), signed_count);
}

/* CZ-05: one finding a pairing, listing every side that is missing. A host
 * that names no institution of the design is XC-01's; a partner is in
 * `ext`, which the core does not read, so an unknown one is reported here. */
static void
check_pairing (XcDesign                *design,
               const XcInstitutionData *institutions,
               const XcUnitData        *unit,
               JsonObject              *ext,
               XcReport                *report)
{
  const char *host_id = unit->host;
  JsonNode *partner_node = xc_ext_get_member (ext, "partner");
  const char *partner_id = xc_ext_get_string (ext, "partner");
  guint partner = XC_DESIGN_NONE;
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
  else if ((partner = xc_design_find_institution (design, partner_id)) == XC_DESIGN_NONE)
    {
      g_ptr_array_add (problems, g_strdup_printf (_("its partner “%s” is not an institution of the design"),
                                                  partner_id));
      subject = partner_id;
    }
  else if (g_strcmp0 (partner_id, host_id) == 0)
    {
      g_ptr_array_add (problems, g_strdup_printf (_("its partner %s is its own host"),
                                                  xc_institution_data_get_label (&institutions[partner])));
      subject = partner_id;
    }

  if (problems->len == 0)
    return;

  if (path == NULL)
    path = "ext.partner";
  if (subject == NULL && unit->host_index != XC_DESIGN_NONE)
    subject = host_id;

  g_ptr_array_add (problems, NULL);
  list = g_strjoinv (_("; "), (char **) problems->pdata);
  xc_report_add (report, "CZ-05", unit->id, subject, path,
                 _("The pairing “%s” does not name both sides: %s"), xc_unit_data_get_label (unit), list);
}

/* CZ-06 */
static double
target_or_zero (const XcUnitData *unit,
                XcUnitTarget      target)
{
  return (unit->has_target & (1u << target)) != 0 ? unit->targets[target] : 0;
}

void
cz_rules_check (XcDesign *design,
                XcReport *report)
{
  guint n_units, n_institutions, n_people;
  const XcUnitData *units;
  const XcInstitutionData *institutions;
  const char * const *counties;
  g_autoptr(GHashTable) mix_by_county = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GPtrArray) mixes = g_ptr_array_new_with_free_func (g_free);
  /* Each host's county mix, found once per host rather than once per unit. */
  g_autofree CountyMix **mix_by_host = NULL;
  ExpertCount unit_experts = { NULL }, portfolio_experts = { NULL };
  double trainees = 0, sessions = 0;

  g_return_if_fail (XC_IS_DESIGN (design));
  g_return_if_fail (XC_IS_REPORT (report));

  units = xc_design_get_units (design, &n_units);
  institutions = xc_design_get_institutions (design, &n_institutions);
  xc_design_get_people (design, &n_people);
  counties = xc_design_get_programme (design)->counties;
  mix_by_host = g_new0 (CountyMix *, n_institutions);
  unit_experts.stamps = g_new0 (guint, n_people);
  portfolio_experts.stamps = g_new0 (guint, n_people);
  expert_count_restart (&portfolio_experts);

  /* The region's counties first, in their order; counties that only
   * instrument hosts name follow in the order they appear. */
  for (guint i = 0; counties[i] != NULL; i++)
    if (!is_blank (counties[i]))
      county_mix_get (mix_by_county, mixes, counties[i]);

  for (guint i = 0; i < n_units; i++)
    {
      const XcUnitData *unit = &units[i];
      const char *variant = unit->variant;
      g_autoptr(JsonObject) ext = xc_design_dup_ext (design, XC_DESIGN_RECORD_UNIT, i);

      if (unit->host_index != XC_DESIGN_NONE)
        {
          CountyMix **mix = &mix_by_host[unit->host_index];
          const char *county;

          if (*mix == NULL
              && (county = xc_design_get_institution_county (design, unit->host_index)) != NULL)
            *mix = county_mix_get (mix_by_county, mixes, county);
          if (*mix != NULL)
            county_mix_add (*mix, unit);
        }

      if (xc_report_begin_unit (report, "chaozhou-talent", i))
        {
          if (g_strcmp0 (variant, "trusteeship") == 0)
            check_trusteeship (unit, report);
          else if (g_strcmp0 (variant, "order_training") == 0)
            check_order_training (unit, ext, report);
          else if (g_strcmp0 (variant, "pairing") == 0)
            check_pairing (design, institutions, unit, ext, report);

          check_min_experts (unit, ext, &unit_experts, report);
          xc_report_end_unit (report);
        }

      /* counts across the portfolio, for every instrument: CZ-01, CZ-06 */
      expert_count_add_unit (&portfolio_experts, unit);
      trainees += target_or_zero (unit, XC_UNIT_TARGET_TRAINEES);
      sessions += target_or_zero (unit, XC_UNIT_TARGET_TRAINING_SESSIONS);
    }

  for (guint i = 0; i < mixes->len; i++)
    report_county_mix (g_ptr_array_index (mixes, i), report);

  xc_report_add (report, "CZ-06", NULL, NULL, NULL,
                 _("Across the portfolio, stationed experts (distinct leads and team members): %u; trainees: %.15g; training sessions: %.15g. Reference programme: about 350 doctors sent to counties and villages, 74 training sessions, over 2,500 trainees"),
                 portfolio_experts.n, trainees, sessions);

  expert_count_clear (&unit_experts);
  expert_count_clear (&portfolio_experts);
}
