/* SPDX-License-Identifier: GPL-3.0-or-later */
/* A regional scheme in one file: copy it, rename "tpl" and "template-scheme",
 * and replace the rule. docs/plugin-guide.md explains each part. */
#include <xiachen.h>

#define SCHEME_ID "template-scheme"

G_DECLARE_FINAL_TYPE (TplScheme, tpl_scheme, TPL, SCHEME, GObject)

struct _TplScheme
{
  GObject parent_instance;
};

static void scheme_iface_init (XcSchemeInterface *iface);

G_DEFINE_DYNAMIC_TYPE_EXTENDED (TplScheme, tpl_scheme, G_TYPE_OBJECT, G_TYPE_FLAG_FINAL,
                                G_IMPLEMENT_INTERFACE_DYNAMIC (XC_TYPE_SCHEME, scheme_iface_init))

/* The rule table: stable ids, severity, what the rule asks, the policy
 * clause in its own words, and where the clause comes from. */
static const XcRuleInfo rules[] = {
  { "TPL-01", XC_SEVERITY_ERROR, "Every unit names its lead.",
    "每个单元须明确负责人", "template" },
};

/* The rules read the design's plain records (XcDesign): arrays of structs,
 * one per collection, with ids already resolved to indexes. */
static void
check (XcScheme *scheme,
       XcDesign *design,
       XcReport *report)
{
  guint n_units;
  const XcUnitData *units = xc_design_get_units (design, &n_units);

  for (guint i = 0; i < n_units; i++)
    {
      const XcUnitData *unit = &units[i];

      /* About this unit only: after an edit elsewhere, its findings are
       * copied from the last check instead (see the plugin guide). */
      if (!xc_report_begin_unit (report, "template", i))
        continue;
      /* A lead naming nobody the design has (lead_index XC_DESIGN_NONE) is
       * XC-01's finding, not this rule's. */
      if (unit->lead == NULL)
        xc_report_add (report, "TPL-01", unit->id, NULL, "lead",
                       "The unit %s names no lead", xc_unit_data_get_label (unit));
      xc_report_end_unit (report);
    }
}

static const char *
get_id (XcScheme *scheme)
{
  return SCHEME_ID;
}

static const char *
get_name (XcScheme *scheme)
{
  return "Template scheme";
}

static GListModel *
list_rules (XcScheme *scheme)
{
  return xc_rule_list_new_from_table (rules, G_N_ELEMENTS (rules), NULL);
}

static void
scheme_iface_init (XcSchemeInterface *iface)
{
  iface->get_id = get_id;
  iface->get_name = get_name;
  iface->list_rules = list_rules;
  iface->check = check;
}

static void
tpl_scheme_class_init (TplSchemeClass *klass)
{
}

static void
tpl_scheme_class_finalize (TplSchemeClass *klass)
{
}

static void
tpl_scheme_init (TplScheme *self)
{
}

G_MODULE_EXPORT void
xc_plugin_register_types (XcPluginModule *module)
{
  tpl_scheme_register_type (G_TYPE_MODULE (module));
  xc_plugin_module_add_scheme (module, tpl_scheme_get_type ());
}
