/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "nanan-discipline"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "na-rules.h"
#include "na-scheme.h"
#ifdef XC_PLUGIN_WITH_UI
# include "na-charts.h"
# include "na-form.h"
#endif

#define SCHEME_ID "nanan-discipline"

struct _NaScheme
{
  GObject parent_instance;
};

static void scheme_iface_init (XcSchemeInterface *iface);

G_DEFINE_DYNAMIC_TYPE_EXTENDED (NaScheme, na_scheme, G_TYPE_OBJECT, G_TYPE_FLAG_FINAL,
                                G_IMPLEMENT_INTERFACE_DYNAMIC (XC_TYPE_SCHEME, scheme_iface_init))

static const char *
na_scheme_get_id (XcScheme *scheme)
{
  return SCHEME_ID;
}

static const char *
na_scheme_get_name (XcScheme *scheme)
{
  return _("Nan'an key-discipline co-building");
}

static GListModel *
na_scheme_list_rules (XcScheme *scheme)
{
  return na_rules_list ();
}

static void
na_scheme_check (XcScheme *scheme,
                 XcDesign *design,
                 XcReport *report)
{
  na_rules_check (design, report);
}

/* A new design starts as the agreement frames it: experts who take one of
 * the dedicated staffing posts may return after 6 years in the county. The
 * partner university and its hospitals are the planner's to add. */
static XcProgramme *
na_scheme_create_template (XcScheme *scheme)
{
  XcProgramme *programme = xc_programme_new_for_scheme (SCHEME_ID);

  xc_programme_set_title (programme, _("New key-discipline co-building programme"));
  xc_record_set_ext_member (XC_RECORD (programme), "service_years",
                            json_node_init_int (json_node_alloc (), 6));
  return programme;
}

static void
scheme_iface_init (XcSchemeInterface *iface)
{
  iface->get_id = na_scheme_get_id;
  iface->get_name = na_scheme_get_name;
  iface->list_rules = na_scheme_list_rules;
  iface->check = na_scheme_check;
  iface->create_template = na_scheme_create_template;
#ifdef XC_PLUGIN_WITH_UI
  iface->create_form = na_form_create_programme_form;
  iface->create_unit_form = na_form_create_unit_form;
  iface->create_design_charts = na_charts_create;
#endif
}

static void
na_scheme_class_init (NaSchemeClass *klass)
{
}

static void
na_scheme_class_finalize (NaSchemeClass *klass)
{
}

static void
na_scheme_init (NaScheme *self)
{
}

void
na_scheme_register (GTypeModule *module)
{
  na_scheme_register_type (module);
}
