/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>
#include <xiachen.h>

G_BEGIN_DECLS

#define XC_TYPE_FINDINGS_PANE (xc_findings_pane_get_type ())

G_DECLARE_FINAL_TYPE (XcFindingsPane, xc_findings_pane, XC, FINDINGS_PANE, GtkWidget)

/* Which findings the pane lists. */
typedef enum
{
  XC_FINDINGS_FILTER_ALL,
  XC_FINDINGS_FILTER_ERRORS,
  XC_FINDINGS_FILTER_WARNINGS,
  XC_FINDINGS_FILTER_INFOS,
  XC_FINDINGS_FILTER_ACCEPTED,
} XcFindingsFilter;

/* What a new report changes in the list, worked out in a worker. */
typedef struct _XcFindingsUpdate XcFindingsUpdate;

XcFindingsUpdate *xc_findings_update_new  (GPtrArray        *listed,
                                           XcReport         *report);
void        xc_findings_update_free       (XcFindingsUpdate *update);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (XcFindingsUpdate, xc_findings_update_free)

GtkWidget  *xc_findings_pane_new          (void);
void        xc_findings_pane_set_report   (XcFindingsPane   *self,
                                           XcProgramme      *programme,
                                           XcReport         *report);
GPtrArray  *xc_findings_pane_ref_listed  (XcFindingsPane   *self);
void        xc_findings_pane_apply_update (XcFindingsPane   *self,
                                           XcProgramme      *programme,
                                           XcReport         *report,
                                           XcFindingsUpdate *update);
XcReport   *xc_findings_pane_get_report   (XcFindingsPane   *self);
void        xc_findings_pane_set_checking (XcFindingsPane   *self,
                                           gboolean          checking);
void        xc_findings_pane_set_filter   (XcFindingsPane   *self,
                                           XcFindingsFilter  filter);
GListModel *xc_findings_pane_get_shown    (XcFindingsPane   *self);
GtkSelectionModel *xc_findings_pane_get_selection (XcFindingsPane *self);
gboolean    xc_findings_pane_can_accept   (XcFinding        *finding);

G_END_DECLS
