/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "zibo-station"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "zb-rules.h"
#include "zb-scheme.h"
#ifdef XC_PLUGIN_WITH_UI
# include "zb-charts.h"
# include "zb-form.h"
#endif

#define SCHEME_ID "zibo-station"

struct _ZbScheme
{
  GObject parent_instance;
};

static void scheme_iface_init (XcSchemeInterface *iface);

G_DEFINE_DYNAMIC_TYPE_EXTENDED (ZbScheme, zb_scheme, G_TYPE_OBJECT, G_TYPE_FLAG_FINAL,
                                G_IMPLEMENT_INTERFACE_DYNAMIC (XC_TYPE_SCHEME, scheme_iface_init))

static const char *
zb_scheme_get_id (XcScheme *scheme)
{
  return SCHEME_ID;
}

static const char *
zb_scheme_get_name (XcScheme *scheme)
{
  return _("Zibo famous-doctor grassroots workstations");
}

static GListModel *
zb_scheme_list_rules (XcScheme *scheme)
{
  return zb_rules_list ();
}

static void
zb_scheme_check (XcScheme *scheme,
                 XcDesign *design,
                 XcReport *report)
{
  zb_rules_check (design, report);
}

/* A new design starts in Zibo, over two years: the policy fixes no build
 * period, but team members stay at least a year (ZB-05) and the reference
 * programme ran its stations for more than one. */
static XcProgramme *
zb_scheme_create_template (XcScheme *scheme)
{
  XcProgramme *programme = xc_programme_new_for_scheme (SCHEME_ID);

  xc_programme_set_title (programme, _("New famous-doctor grassroots workstation programme"));
  xc_programme_set_province (programme, "山东省");
  xc_programme_set_city (programme, "淄博市");
  xc_programme_set_months (programme, 24);
  return programme;
}

static void
scheme_iface_init (XcSchemeInterface *iface)
{
  iface->get_id = zb_scheme_get_id;
  iface->get_name = zb_scheme_get_name;
  iface->list_rules = zb_scheme_list_rules;
  iface->check = zb_scheme_check;
  iface->create_template = zb_scheme_create_template;
#ifdef XC_PLUGIN_WITH_UI
  iface->create_form = zb_form_create_programme_form;
  iface->create_unit_form = zb_form_create_unit_form;
  iface->create_design_charts = zb_charts_create;
#endif
}

static void
zb_scheme_class_init (ZbSchemeClass *klass)
{
}

static void
zb_scheme_class_finalize (ZbSchemeClass *klass)
{
}

static void
zb_scheme_init (ZbScheme *self)
{
}

void
zb_scheme_register (GTypeModule *module)
{
  zb_scheme_register_type (module);
}
