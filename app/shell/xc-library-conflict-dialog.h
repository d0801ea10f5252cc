/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>
#include <xiachen.h>

G_BEGIN_DECLS

/* What the planner decided on the conflict sheet. */
typedef enum
{
  XC_LIBRARY_CONFLICT_CANCEL,      /* nothing sent; the design stays as it is here */
  XC_LIBRARY_CONFLICT_SAVE,        /* send, with mine or theirs per conflict */
  XC_LIBRARY_CONFLICT_SAVE_AS_NEW, /* send mine as a new design of the library */
} XcLibraryConflictChoice;

#define XC_TYPE_LIBRARY_CONFLICT_DIALOG (xc_library_conflict_dialog_get_type ())

G_DECLARE_FINAL_TYPE (XcLibraryConflictDialog, xc_library_conflict_dialog, XC,
                      LIBRARY_CONFLICT_DIALOG, AdwWindow)

/* The sheet a save shows when it meets a conflict: what merged
 * automatically and, per conflict, base / mine / theirs and who made
 * theirs. It writes nothing: "decided" (an XcLibraryConflictChoice) says
 * what the planner chose, and xc_library_conflict_dialog_dup_picks() how. */
GtkWidget     *xc_library_conflict_dialog_new       (GtkWindow               *parent,
                                                     XcLibrarySave           *save,
                                                     const char              *title);
XcLibrarySave *xc_library_conflict_dialog_get_save  (XcLibraryConflictDialog *self);
/* Chooses a side for conflict @index, as its toggle buttons do. */
void           xc_library_conflict_dialog_pick      (XcLibraryConflictDialog *self,
                                                     guint                    index,
                                                     XcMergePick              pick);
/* path → GINT_TO_POINTER (XcMergePick), for xc_library_push_async(). */
GHashTable    *xc_library_conflict_dialog_dup_picks (XcLibraryConflictDialog *self);
/* Emits "decided" with @choice and closes the sheet, as its buttons do;
 * SAVE only once every conflict has a side. */
void           xc_library_conflict_dialog_respond   (XcLibraryConflictDialog *self,
                                                     XcLibraryConflictChoice  choice);

G_END_DECLS
