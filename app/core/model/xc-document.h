/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#if !defined (XIACHEN_INSIDE) && !defined (XIACHEN_COMPILATION)
# error "Only <xiachen.h> can be included directly."
#endif

#include <gio/gio.h>

#include "xc-programme.h"

G_BEGIN_DECLS

#define XC_TYPE_DOCUMENT (xc_document_get_type ())

G_DECLARE_FINAL_TYPE (XcDocument, xc_document, XC, DOCUMENT, GObject)

XcDocument  *xc_document_new             (XcProgramme         *programme,
                                          GFile               *file) G_GNUC_WARN_UNUSED_RESULT;
void         xc_document_load_async      (GFile               *file,
                                          GCancellable        *cancellable,
                                          GAsyncReadyCallback  callback,
                                          gpointer             user_data);
XcDocument  *xc_document_load_finish     (GAsyncResult        *result,
                                          GError             **error) G_GNUC_WARN_UNUSED_RESULT;

XcProgramme *xc_document_get_programme   (XcDocument          *self);
GFile       *xc_document_get_file        (XcDocument          *self);
const char  *xc_document_get_title       (XcDocument          *self);
gboolean     xc_document_get_modified    (XcDocument          *self);
void         xc_document_set_modified    (XcDocument          *self,
                                          gboolean             modified);

gboolean     xc_document_save            (XcDocument          *self,
                                          GFile               *file,
                                          GCancellable        *cancellable,
                                          GError             **error);
void         xc_document_save_async      (XcDocument          *self,
                                          GFile               *file,
                                          GCancellable        *cancellable,
                                          GAsyncReadyCallback  callback,
                                          gpointer             user_data);
gboolean     xc_document_save_finish     (XcDocument          *self,
                                          GAsyncResult        *result,
                                          GError             **error);

gboolean     xc_document_can_undo        (XcDocument          *self);
gboolean     xc_document_can_redo        (XcDocument          *self);
gboolean     xc_document_undo            (XcDocument          *self);
gboolean     xc_document_redo            (XcDocument          *self);
void         xc_document_begin_group     (XcDocument          *self);
void         xc_document_end_group       (XcDocument          *self);
guint        xc_document_get_undo_depth  (XcDocument          *self);
void         xc_document_break_merge     (XcDocument          *self);

const char  *xc_document_get_drafts_dir  (void);
const char  *xc_document_get_draft_id    (XcDocument          *self);
gboolean     xc_document_write_draft     (XcDocument          *self,
                                          GError             **error);
void         xc_document_discard_draft   (XcDocument          *self);
GPtrArray   *xc_document_recover_drafts  (GError             **error) G_GNUC_WARN_UNUSED_RESULT;

G_END_DECLS
