/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#if !defined (XIACHEN_INSIDE) && !defined (XIACHEN_COMPILATION)
# error "Only <xiachen.h> can be included directly."
#endif

#include "xc-version.h"

#include <gio/gio.h>

#include "xc-programme.h"

G_BEGIN_DECLS

#define XC_TYPE_DOCUMENT (xc_document_get_type ())

XC_AVAILABLE_IN_ALL
G_DECLARE_FINAL_TYPE (XcDocument, xc_document, XC, DOCUMENT, GObject)

XC_AVAILABLE_IN_ALL
XcDocument  *xc_document_new             (XcProgramme         *programme,
                                          GFile               *file) G_GNUC_WARN_UNUSED_RESULT;
XC_AVAILABLE_IN_ALL
void         xc_document_load_async      (GFile               *file,
                                          GCancellable        *cancellable,
                                          GAsyncReadyCallback  callback,
                                          gpointer             user_data);
XC_AVAILABLE_IN_ALL
XcDocument  *xc_document_load_finish     (GAsyncResult        *result,
                                          GError             **error) G_GNUC_WARN_UNUSED_RESULT;

XC_AVAILABLE_IN_ALL
XcProgramme *xc_document_get_programme   (XcDocument          *self);
XC_AVAILABLE_IN_ALL
GFile       *xc_document_get_file        (XcDocument          *self);
XC_AVAILABLE_IN_ALL
const char  *xc_document_get_title       (XcDocument          *self);
XC_AVAILABLE_IN_ALL
gboolean     xc_document_get_modified    (XcDocument          *self);
XC_AVAILABLE_IN_ALL
void         xc_document_set_modified    (XcDocument          *self,
                                          gboolean             modified);

XC_AVAILABLE_IN_ALL
gboolean     xc_document_save            (XcDocument          *self,
                                          GFile               *file,
                                          GCancellable        *cancellable,
                                          GError             **error);
XC_AVAILABLE_IN_ALL
void         xc_document_save_async      (XcDocument          *self,
                                          GFile               *file,
                                          GCancellable        *cancellable,
                                          GAsyncReadyCallback  callback,
                                          gpointer             user_data);
XC_AVAILABLE_IN_ALL
gboolean     xc_document_save_finish     (XcDocument          *self,
                                          GAsyncResult        *result,
                                          GError             **error);

XC_AVAILABLE_IN_ALL
gboolean     xc_document_can_undo        (XcDocument          *self);
XC_AVAILABLE_IN_ALL
gboolean     xc_document_can_redo        (XcDocument          *self);
XC_AVAILABLE_IN_ALL
gboolean     xc_document_undo            (XcDocument          *self);
XC_AVAILABLE_IN_ALL
gboolean     xc_document_redo            (XcDocument          *self);
XC_AVAILABLE_IN_ALL
void         xc_document_begin_group     (XcDocument          *self);
XC_AVAILABLE_IN_ALL
void         xc_document_end_group       (XcDocument          *self);
XC_AVAILABLE_IN_ALL
guint        xc_document_get_undo_depth  (XcDocument          *self);
XC_AVAILABLE_IN_ALL
void         xc_document_break_merge     (XcDocument          *self);

XC_AVAILABLE_IN_ALL
const char  *xc_document_get_drafts_dir  (void);
XC_AVAILABLE_IN_ALL
const char  *xc_document_get_draft_id    (XcDocument          *self);
XC_AVAILABLE_IN_ALL
gboolean     xc_document_write_draft     (XcDocument          *self,
                                          GError             **error);
XC_AVAILABLE_IN_ALL
void          xc_document_write_draft_async (XcDocument          *self,
                                             GCancellable        *cancellable,
                                             GAsyncReadyCallback  callback,
                                             gpointer             user_data);
XC_AVAILABLE_IN_ALL
gboolean      xc_document_write_draft_finish (XcDocument         *self,
                                              GAsyncResult       *result,
                                              GError            **error);
XC_AVAILABLE_IN_ALL
void         xc_document_discard_draft   (XcDocument          *self);
XC_AVAILABLE_IN_ALL
GPtrArray   *xc_document_recover_drafts  (GError             **error) G_GNUC_WARN_UNUSED_RESULT;
XC_AVAILABLE_IN_ALL
void         xc_document_recover_drafts_async (GCancellable        *cancellable,
                                               GAsyncReadyCallback  callback,
                                               gpointer             user_data);
XC_AVAILABLE_IN_ALL
GPtrArray   *xc_document_recover_drafts_finish (GAsyncResult       *result,
                                                GError            **error) G_GNUC_WARN_UNUSED_RESULT;

G_END_DECLS
