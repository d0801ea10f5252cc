/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "yunnan-county"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "yn-rules.h"
#include "yn-scheme.h"
#ifdef XC_PLUGIN_WITH_UI
# include "yn-charts.h"
# include "yn-form.h"
#endif

#define SCHEME_ID "yunnan-county"

struct _YnScheme
{
  GObject parent_instance;
};

static void scheme_iface_init (XcSchemeInterface *iface);

G_DEFINE_DYNAMIC_TYPE_EXTENDED (YnScheme, yn_scheme, G_TYPE_OBJECT, G_TYPE_FLAG_FINAL,
                                G_IMPLEMENT_INTERFACE_DYNAMIC (XC_TYPE_SCHEME, scheme_iface_init))

static const char *
yn_scheme_get_id (XcScheme *scheme)
{
  return SCHEME_ID;
}

static const char *
yn_scheme_get_name (XcScheme *scheme)
{
  return _("Yunnan county expert workstations");
}

static GListModel *
yn_scheme_list_rules (XcScheme *scheme)
{
  return yn_rules_list ();
}

static void
yn_scheme_check (XcScheme *scheme,
                 XcDesign *design,
                 XcReport *report)
{
  yn_rules_check (design, report);
}

/* A new design starts with an empty map of seconded presidents, so the
 * planner sees where YN-05 looks for them (README.md). The seed names no
 * build period; the core's default stands. */
static XcProgramme *
yn_scheme_create_template (XcScheme *scheme)
{
  XcProgramme *programme = xc_programme_new_for_scheme (SCHEME_ID);
  g_autoptr(JsonObject) presidents = json_object_new ();

  xc_programme_set_title (programme, _("New county expert workstation programme"));
  xc_programme_set_province (programme, "云南省");
  xc_record_set_ext_member (XC_RECORD (programme), "seconded_president",
                            json_node_init_object (json_node_alloc (), presidents));
  return programme;
}

static void
scheme_iface_init (XcSchemeInterface *iface)
{
  iface->get_id = yn_scheme_get_id;
  iface->get_name = yn_scheme_get_name;
  iface->list_rules = yn_scheme_list_rules;
  iface->check = yn_scheme_check;
  iface->create_template = yn_scheme_create_template;
#ifdef XC_PLUGIN_WITH_UI
  iface->create_form = yn_form_create_programme_form;
  iface->create_unit_form = yn_form_create_unit_form;
  iface->create_design_charts = yn_charts_create;
#endif
}

static void
yn_scheme_class_init (YnSchemeClass *klass)
{
}

static void
yn_scheme_class_finalize (YnSchemeClass *klass)
{
}

static void
yn_scheme_init (YnScheme *self)
{
}

void
yn_scheme_register (GTypeModule *module)
{
  yn_scheme_register_type (module);
}
