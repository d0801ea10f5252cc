/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "xc-plugins"

#include "config.h"

#include "xc-record-private.h"
#include "xc-rule.h"
#include "xc-scheme.h"

G_DEFINE_INTERFACE (XcScheme, xc_scheme, G_TYPE_OBJECT)

static void
xc_scheme_default_init (XcSchemeInterface *iface)
{
}

const char *
xc_scheme_get_id (XcScheme *self)
{
  XcSchemeInterface *iface;

  g_return_val_if_fail (XC_IS_SCHEME (self), NULL);

  iface = XC_SCHEME_GET_IFACE (self);
  g_return_val_if_fail (iface->get_id != NULL, NULL);
  return iface->get_id (self);
}

const char *
xc_scheme_get_name (XcScheme *self)
{
  XcSchemeInterface *iface;

  g_return_val_if_fail (XC_IS_SCHEME (self), NULL);

  iface = XC_SCHEME_GET_IFACE (self);
  if (iface->get_name == NULL)
    return xc_scheme_get_id (self);
  return iface->get_name (self);
}

/**
 * xc_scheme_list_rules:
 *
 * Returns: (transfer full): the scheme's rules, a list of #XcRule
 */
GListModel *
xc_scheme_list_rules (XcScheme *self)
{
  XcSchemeInterface *iface;

  g_return_val_if_fail (XC_IS_SCHEME (self), NULL);

  iface = XC_SCHEME_GET_IFACE (self);
  if (iface->list_rules == NULL)
    return G_LIST_MODEL (g_list_store_new (XC_TYPE_RULE));
  return iface->list_rules (self);
}

void
xc_scheme_check (XcScheme *self,
                 XcDesign *design,
                 XcReport *report)
{
  XcSchemeInterface *iface;

  g_return_if_fail (XC_IS_SCHEME (self));
  g_return_if_fail (XC_IS_DESIGN (design));
  g_return_if_fail (XC_IS_REPORT (report));

  iface = XC_SCHEME_GET_IFACE (self);
  if (iface->check != NULL)
    iface->check (self, design, report);
}

/**
 * xc_scheme_create_template:
 *
 * Returns: (transfer full): a new design for the scheme; an empty one
 *   where the plugin offers no template
 */
XcProgramme *
xc_scheme_create_template (XcScheme *self)
{
  XcSchemeInterface *iface;

  g_return_val_if_fail (XC_IS_SCHEME (self), NULL);

  iface = XC_SCHEME_GET_IFACE (self);
  if (iface->create_template == NULL)
    return xc_programme_new_for_scheme (xc_scheme_get_id (self));
  return iface->create_template (self);
}

/**
 * xc_scheme_create_form:
 *
 * Returns: (transfer full) (nullable): a #GtkWidget, or %NULL where the
 *   plugin has no form
 */
GObject *
xc_scheme_create_form (XcScheme    *self,
                       XcProgramme *programme)
{
  XcSchemeInterface *iface;

  g_return_val_if_fail (XC_IS_SCHEME (self), NULL);
  g_return_val_if_fail (XC_IS_PROGRAMME (programme), NULL);

  iface = XC_SCHEME_GET_IFACE (self);
  if (iface->create_form == NULL)
    return NULL;
  return iface->create_form (self, programme);
}

/**
 * xc_scheme_create_charts:
 *
 * Returns: (transfer full) (nullable): a list of #GtkWidget, or %NULL
 *   where the plugin has no charts
 */
GListModel *
xc_scheme_create_charts (XcScheme    *self,
                         XcProgramme *programme)
{
  XcSchemeInterface *iface;

  g_return_val_if_fail (XC_IS_SCHEME (self), NULL);
  g_return_val_if_fail (XC_IS_PROGRAMME (programme), NULL);

  iface = XC_SCHEME_GET_IFACE (self);
  if (iface->create_charts == NULL)
    return NULL;
  return iface->create_charts (self, programme);
}

/**
 * xc_scheme_create_charts_for:
 * @programme: the design as it is edited
 * @design: (nullable): its plain records as they are now, where the caller
 *   has them (xc_report_get_design() of its last check)
 *
 * The scheme's charts about @programme: from its plain records where the
 * scheme reads them (@create_design_charts), read here if @design is
 * %NULL; otherwise from @programme.
 *
 * Returns: (transfer full) (nullable): a list of #GtkWidget, or %NULL
 *   where the plugin has no charts
 */
GListModel *
xc_scheme_create_charts_for (XcScheme    *self,
                             XcProgramme *programme,
                             XcDesign    *design)
{
  XcSchemeInterface *iface;
  g_autoptr(XcDesign) read = NULL;

  g_return_val_if_fail (XC_IS_SCHEME (self), NULL);
  g_return_val_if_fail (XC_IS_PROGRAMME (programme), NULL);
  g_return_val_if_fail (design == NULL || XC_IS_DESIGN (design), NULL);

  iface = XC_SCHEME_GET_IFACE (self);
  if (iface->create_design_charts == NULL)
    return xc_scheme_create_charts (self, programme);
  if (design == NULL)
    design = read = _xc_programme_dup_design (XC_RECORD (programme));
  return design != NULL ? iface->create_design_charts (self, design) : NULL;
}

/**
 * xc_scheme_create_unit_form:
 * @unit: a unit of @programme
 *
 * Returns: (transfer full) (nullable): a #GtkWidget, or %NULL where the
 *   plugin has no unit form
 */
GObject *
xc_scheme_create_unit_form (XcScheme    *self,
                            XcProgramme *programme,
                            XcUnit      *unit)
{
  XcSchemeInterface *iface;

  g_return_val_if_fail (XC_IS_SCHEME (self), NULL);
  g_return_val_if_fail (XC_IS_PROGRAMME (programme), NULL);
  g_return_val_if_fail (XC_IS_UNIT (unit), NULL);

  iface = XC_SCHEME_GET_IFACE (self);
  if (iface->create_unit_form == NULL)
    return NULL;
  return iface->create_unit_form (self, programme, unit);
}
