/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "chaozhou-talent"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "cz-rules.h"
#include "cz-scheme.h"
#ifdef XC_PLUGIN_WITH_UI
# include "cz-charts.h"
# include "cz-form.h"
#endif

#define SCHEME_ID "chaozhou-talent"

struct _CzScheme
{
  GObject parent_instance;
};

static void scheme_iface_init (XcSchemeInterface *iface);

G_DEFINE_DYNAMIC_TYPE_EXTENDED (CzScheme, cz_scheme, G_TYPE_OBJECT, G_TYPE_FLAG_FINAL,
                                G_IMPLEMENT_INTERFACE_DYNAMIC (XC_TYPE_SCHEME, scheme_iface_init))

static const char *
cz_scheme_get_id (XcScheme *scheme)
{
  return SCHEME_ID;
}

static const char *
cz_scheme_get_name (XcScheme *scheme)
{
  return _("Chaozhou talent-sinking portfolio");
}

static GListModel *
cz_scheme_list_rules (XcScheme *scheme)
{
  return cz_rules_list ();
}

static void
cz_scheme_check (XcScheme *scheme,
                 XcDesign *design,
                 XcReport *report)
{
  cz_rules_check (design, report);
}

/* A new portfolio starts in the policy's region: the three counties of
 * Chaozhou, each of which CZ-01 asks to combine rigid and flexible
 * instruments. The instruments are the planner's to add. */
static XcProgramme *
cz_scheme_create_template (XcScheme *scheme)
{
  static const char * const counties[] = { "饶平县", "湘桥区", "潮安区", NULL };
  XcProgramme *programme = xc_programme_new_for_scheme (SCHEME_ID);

  xc_programme_set_title (programme, _("New talent-sinking portfolio"));
  xc_programme_set_province (programme, "广东省");
  xc_programme_set_city (programme, "潮州市");
  xc_programme_set_counties (programme, counties);
  xc_programme_set_months (programme, 24);
  return programme;
}

static void
scheme_iface_init (XcSchemeInterface *iface)
{
  iface->get_id = cz_scheme_get_id;
  iface->get_name = cz_scheme_get_name;
  iface->list_rules = cz_scheme_list_rules;
  iface->check = cz_scheme_check;
  iface->create_template = cz_scheme_create_template;
#ifdef XC_PLUGIN_WITH_UI
  iface->create_form = cz_form_create_programme_form;
  iface->create_unit_form = cz_form_create_unit_form;
  iface->create_design_charts = cz_charts_create;
#endif
}

static void
cz_scheme_class_init (CzSchemeClass *klass)
{
}

static void
cz_scheme_class_finalize (CzSchemeClass *klass)
{
}

static void
cz_scheme_init (CzScheme *self)
{
}

void
cz_scheme_register (GTypeModule *module)
{
  cz_scheme_register_type (module);
}
