/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "xc-report.h"

G_BEGIN_DECLS

void _xc_report_append     (XcReport *self,
                            XcReport *other);
void _xc_report_set_design (XcReport *self,
                            XcDesign *design);

/* The findings each unit got in each pass over the units
 * (xc_report_begin_unit()), kept from one check for the next. */
typedef struct _XcUnitFindings XcUnitFindings;

XcUnitFindings *_xc_unit_findings_new   (void);
XcUnitFindings *_xc_unit_findings_ref   (XcUnitFindings *self);
void            _xc_unit_findings_unref (XcUnitFindings *self);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (XcUnitFindings, _xc_unit_findings_unref)

/* While @self is filled, each unit's findings go into @into (nullable);
 * a unit @clean marks (nullable, a byte per unit) is not checked again
 * where @from (nullable) has its findings for the pass: they are copied.
 * @n_units: the units of the design checked. */
void  _xc_report_set_unit_findings  (XcReport       *self,
                                     XcUnitFindings *into,
                                     XcUnitFindings *from,
                                     GBytes         *clean,
                                     guint           n_units);
guint _xc_report_count_units_copied (XcReport       *self);

G_END_DECLS
