/* SPDX-License-Identifier: GPL-3.0-or-later */
/* A third-party scheme that misbehaves as FAULT says, built once per fault
 * (meson.build): each module registers its own type, so several load in
 * one process. */
#include <signal.h>
#include <xiachen.h>

#define FAULT_NONE             0
#define FAULT_CRASH_IN_VALIDATE 1
#define FAULT_HANG_IN_VALIDATE  2
#define FAULT_CRASH_AT_LOAD     3
#define FAULT_NO_RULES          4
#define FAULT_HANG_AT_LOAD      5

#ifndef FAULT
# error "FAULT, SCHEME_ID and TYPE_NAME come from meson.build"
#endif

G_GNUC_UNUSED static const XcRuleInfo rules[] = {
  { "FT-01", XC_SEVERITY_WARNING, "A test plugin's only rule.", "测试插件的唯一规则", "tests" },
};

static const char *
faulty_get_id (XcScheme *scheme)
{
  return SCHEME_ID;
}

static const char *
faulty_get_name (XcScheme *scheme)
{
  return "Faulty scheme " SCHEME_ID;
}

static GListModel *
faulty_list_rules (XcScheme *scheme)
{
#if FAULT == FAULT_NO_RULES
  return NULL;
#else
  return xc_rule_list_new_from_table (rules, G_N_ELEMENTS (rules), NULL);
#endif
}

static void
faulty_check (XcScheme *scheme,
              XcDesign *design,
              XcReport *report)
{
#if FAULT == FAULT_CRASH_IN_VALIDATE
  /* A segfault as the kernel delivers it; raised, so that UBSan's null
   * check in the sanitizer build does not turn it into an exit. */
  raise (SIGSEGV);
#elif FAULT == FAULT_HANG_IN_VALIDATE
  /* No clock: it never returns, whatever the time limit. */
  for (;;)
    g_usleep (G_USEC_PER_SEC);
#endif
  /* Characters a JSON writer must escape, on their way out of the helper. */
  xc_report_add (report, "FT-01", NULL, NULL, NULL, "Checked by %s: \"%s\"", SCHEME_ID,
                 "a\\b\tc\nd\x1f" "e\x7f" "f 中文");
}

static void
faulty_scheme_iface_init (XcSchemeInterface *iface)
{
  iface->get_id = faulty_get_id;
  iface->get_name = faulty_get_name;
  iface->list_rules = faulty_list_rules;
  iface->check = faulty_check;
}

G_MODULE_EXPORT void
xc_plugin_register_types (XcPluginModule *module)
{
  const GTypeInfo type_info = {
    sizeof (GObjectClass), NULL, NULL, NULL, NULL, NULL, sizeof (GObject), 0, NULL, NULL,
  };
  const GInterfaceInfo iface_info = {
    (GInterfaceInitFunc) (void (*) (void)) faulty_scheme_iface_init, NULL, NULL,
  };
  GType type;

#if FAULT == FAULT_CRASH_AT_LOAD
  raise (SIGSEGV);
#elif FAULT == FAULT_HANG_AT_LOAD
  for (;;)
    g_usleep (G_USEC_PER_SEC);
#endif
  type = g_type_module_register_type (G_TYPE_MODULE (module), G_TYPE_OBJECT, TYPE_NAME,
                                      &type_info, 0);
  g_type_module_add_interface (G_TYPE_MODULE (module), type, XC_TYPE_SCHEME, &iface_info);
  xc_plugin_module_add_scheme (module, type);
}
