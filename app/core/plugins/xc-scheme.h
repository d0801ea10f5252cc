/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#if !defined (XIACHEN_INSIDE) && !defined (XIACHEN_COMPILATION)
# error "Only <xiachen.h> can be included directly."
#endif

#include "xc-version.h"

#include <gio/gio.h>

#include "xc-design.h"
#include "xc-programme.h"
#include "xc-report.h"

G_BEGIN_DECLS

#define XC_TYPE_SCHEME (xc_scheme_get_type ())

XC_AVAILABLE_IN_ALL
G_DECLARE_INTERFACE (XcScheme, xc_scheme, XC, SCHEME, GObject)

/**
 * XcSchemeInterface:
 * @get_id: the scheme id designs name in `scheme` (required)
 * @get_name: the scheme's name, translated (required)
 * @list_rules: the scheme's rule table as a list of #XcRule (required)
 * @check: report the scheme's findings on a design (required), reading the
 *   design's plain records (#XcDesign); the core rules have run already.
 *   It may run in a worker thread, so it must not touch GTK or global
 *   state
 * @create_template: a new design for the scheme (optional)
 * @create_form: a #GtkWidget editing the programme as a whole (optional;
 *   the core does not know GTK, so it is typed as a #GObject here)
 * @create_charts: a #GListModel of #GtkWidget charts about the design
 *   (optional)
 * @create_unit_form: a #GtkWidget editing one unit of the design (optional;
 *   added after the first release, so it comes after the others)
 * @create_design_charts: as @create_charts, from the design's plain records
 *   (optional; added later still, so it comes last). A scheme that has it
 *   is asked instead of @create_charts: reading 34,000 units through the
 *   #XcProgramme took over a second of the main thread
 *
 * What a regional programme plugin provides. Call the vfuncs through the
 * xc_scheme_*() wrappers: they check arguments and stand in for optional
 * vfuncs a plugin leaves out.
 */
struct _XcSchemeInterface
{
  GTypeInterface parent_iface;

  const char  *(*get_id)          (XcScheme    *self);
  const char  *(*get_name)        (XcScheme    *self);
  GListModel  *(*list_rules)      (XcScheme    *self);
  void         (*check)           (XcScheme    *self,
                                   XcDesign    *design,
                                   XcReport    *report);
  XcProgramme *(*create_template) (XcScheme    *self);
  GObject     *(*create_form)     (XcScheme    *self,
                                   XcProgramme *programme);
  GListModel  *(*create_charts)   (XcScheme    *self,
                                   XcProgramme *programme);
  GObject     *(*create_unit_form) (XcScheme    *self,
                                    XcProgramme *programme,
                                    XcUnit      *unit);
  GListModel  *(*create_design_charts) (XcScheme *self,
                                        XcDesign *design);
};

XC_AVAILABLE_IN_ALL
const char  *xc_scheme_get_id          (XcScheme    *self);
XC_AVAILABLE_IN_ALL
const char  *xc_scheme_get_name        (XcScheme    *self);
XC_AVAILABLE_IN_ALL
GListModel  *xc_scheme_list_rules      (XcScheme    *self) G_GNUC_WARN_UNUSED_RESULT;
XC_AVAILABLE_IN_ALL
void         xc_scheme_check           (XcScheme    *self,
                                        XcDesign    *design,
                                        XcReport    *report);
XC_AVAILABLE_IN_ALL
XcProgramme *xc_scheme_create_template (XcScheme    *self) G_GNUC_WARN_UNUSED_RESULT;
XC_AVAILABLE_IN_ALL
GObject     *xc_scheme_create_form     (XcScheme    *self,
                                        XcProgramme *programme) G_GNUC_WARN_UNUSED_RESULT;
XC_AVAILABLE_IN_ALL
GListModel  *xc_scheme_create_charts   (XcScheme    *self,
                                        XcProgramme *programme) G_GNUC_WARN_UNUSED_RESULT;
XC_AVAILABLE_IN_ALL
GListModel  *xc_scheme_create_charts_for (XcScheme    *self,
                                          XcProgramme *programme,
                                          XcDesign    *design) G_GNUC_WARN_UNUSED_RESULT;
XC_AVAILABLE_IN_ALL
GObject     *xc_scheme_create_unit_form (XcScheme    *self,
                                         XcProgramme *programme,
                                         XcUnit      *unit) G_GNUC_WARN_UNUSED_RESULT;

G_END_DECLS
