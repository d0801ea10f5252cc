/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "huizhou-studio"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "hz-rules.h"
#include "hz-scheme.h"
#ifdef XC_PLUGIN_WITH_UI
# include "hz-charts.h"
# include "hz-form.h"
#endif

#define SCHEME_ID "huizhou-studio"

struct _HzScheme
{
  GObject parent_instance;
};

static void scheme_iface_init (XcSchemeInterface *iface);

G_DEFINE_DYNAMIC_TYPE_EXTENDED (HzScheme, hz_scheme, G_TYPE_OBJECT, G_TYPE_FLAG_FINAL,
                                G_IMPLEMENT_INTERFACE_DYNAMIC (XC_TYPE_SCHEME, scheme_iface_init))

static const char *
hz_scheme_get_id (XcScheme *scheme)
{
  return SCHEME_ID;
}

static const char *
hz_scheme_get_name (XcScheme *scheme)
{
  return _("Huizhou famous-doctor studios");
}

static GListModel *
hz_scheme_list_rules (XcScheme *scheme)
{
  return hz_rules_list ();
}

static void
hz_scheme_check (XcScheme *scheme,
                 XcDesign *design,
                 XcReport *report)
{
  hz_rules_check (design, report);
}

/* A new design starts as the policy frames it: two years, accepted by a
 * third party on the county authority's application. */
static XcProgramme *
hz_scheme_create_template (XcScheme *scheme)
{
  XcProgramme *programme = xc_programme_new_for_scheme (SCHEME_ID);

  xc_programme_set_title (programme, _("New famous-doctor studio programme"));
  xc_programme_set_months (programme, 24);
  xc_programme_set_planned_acceptance_month (programme, 18);
  xc_programme_set_acceptance_applicant (programme, "county_health_authority");
  xc_programme_set_third_party_acceptance (programme, TRUE);
  return programme;
}

static void
scheme_iface_init (XcSchemeInterface *iface)
{
  iface->get_id = hz_scheme_get_id;
  iface->get_name = hz_scheme_get_name;
  iface->list_rules = hz_scheme_list_rules;
  iface->check = hz_scheme_check;
  iface->create_template = hz_scheme_create_template;
#ifdef XC_PLUGIN_WITH_UI
  iface->create_form = hz_form_create_programme_form;
  iface->create_unit_form = hz_form_create_unit_form;
  iface->create_design_charts = hz_charts_create;
#endif
}

static void
hz_scheme_class_init (HzSchemeClass *klass)
{
}

static void
hz_scheme_class_finalize (HzSchemeClass *klass)
{
}

static void
hz_scheme_init (HzScheme *self)
{
}

void
hz_scheme_register (GTypeModule *module)
{
  hz_scheme_register_type (module);
}
