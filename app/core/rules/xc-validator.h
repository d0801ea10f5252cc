/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#if !defined (XIACHEN_INSIDE) && !defined (XIACHEN_COMPILATION)
# error "Only <xiachen.h> can be included directly."
#endif

#include "xc-version.h"

#include "xc-design.h"
#include "xc-plugin-registry.h"
#include "xc-report.h"

G_BEGIN_DECLS

#define XC_TYPE_VALIDATOR (xc_validator_get_type ())

XC_AVAILABLE_IN_ALL
G_DECLARE_FINAL_TYPE (XcValidator, xc_validator, XC, VALIDATOR, GObject)

XC_AVAILABLE_IN_ALL
XcValidator *xc_validator_new             (XcPluginRegistry    *registry) G_GNUC_WARN_UNUSED_RESULT;
XC_AVAILABLE_IN_ALL
GListModel  *xc_validator_list_core_rules (void) G_GNUC_WARN_UNUSED_RESULT;
XC_AVAILABLE_IN_ALL
XcReport    *xc_validator_check           (XcValidator         *self,
                                           XcDesign            *design) G_GNUC_WARN_UNUSED_RESULT;
XC_AVAILABLE_IN_ALL
void         xc_validator_check_bytes_async (XcValidator       *self,
                                           GBytes              *bytes,
                                           const char          *display_name,
                                           GCancellable        *cancellable,
                                           GAsyncReadyCallback  callback,
                                           gpointer             user_data);
XC_AVAILABLE_IN_ALL
void         xc_validator_check_programme_async (XcValidator   *self,
                                           XcProgramme         *programme,
                                           const char          *display_name,
                                           GCancellable        *cancellable,
                                           GAsyncReadyCallback  callback,
                                           gpointer             user_data);
XC_AVAILABLE_IN_ALL
XcReport    *xc_validator_check_bytes_finish (XcValidator      *self,
                                           GAsyncResult        *result,
                                           GError             **error) G_GNUC_WARN_UNUSED_RESULT;
XC_AVAILABLE_IN_ALL
XcReport    *xc_validator_validate        (XcValidator         *self,
                                           XcProgramme         *programme) G_GNUC_WARN_UNUSED_RESULT;
XC_AVAILABLE_IN_ALL
void         xc_validator_validate_async  (XcValidator         *self,
                                           XcProgramme         *programme,
                                           GCancellable        *cancellable,
                                           GAsyncReadyCallback  callback,
                                           gpointer             user_data);
XC_AVAILABLE_IN_ALL
XcReport    *xc_validator_validate_finish (XcValidator         *self,
                                           GAsyncResult        *result,
                                           GError             **error) G_GNUC_WARN_UNUSED_RESULT;

G_END_DECLS
