/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "xc-library-private.h"
#include "xc-merge-conflict.h"

G_DEFINE_FINAL_TYPE (XcLibrarySave, xc_library_save, G_TYPE_OBJECT)

static void
xc_library_save_finalize (GObject *object)
{
  XcLibrarySave *self = XC_LIBRARY_SAVE (object);

  g_free (self->design_id);
  g_free (self->revision);
  g_free (self->merged_from);
  g_free (self->theirs_by);
  g_free (self->theirs_revision);
  g_clear_pointer (&self->contents, g_bytes_unref);
  g_clear_pointer (&self->base, g_bytes_unref);
  g_clear_pointer (&self->mine, g_bytes_unref);
  g_clear_pointer (&self->theirs, g_bytes_unref);
  g_clear_object (&self->conflicts);
  G_OBJECT_CLASS (xc_library_save_parent_class)->finalize (object);
}

static void
xc_library_save_class_init (XcLibrarySaveClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = xc_library_save_finalize;
}

static void
xc_library_save_init (XcLibrarySave *self)
{
  self->conflicts = g_list_store_new (XC_TYPE_MERGE_CONFLICT);
}

XcLibrarySave *
xc_library_save_new (const char *design_id)
{
  XcLibrarySave *self = g_object_new (XC_TYPE_LIBRARY_SAVE, NULL);

  self->design_id = g_strdup (design_id);
  return self;
}

#define GETTER(type, name) \
  type \
  xc_library_save_get_##name (XcLibrarySave *self) \
  { \
    g_return_val_if_fail (XC_IS_LIBRARY_SAVE (self), NULL); \
    return self->name; \
  }

GETTER (const char *, design_id)
GETTER (const char *, revision)
GETTER (const char *, merged_from)
GETTER (GBytes *, contents)
GETTER (const char *, theirs_by)
GETTER (const char *, theirs_revision)
GETTER (GBytes *, base)
GETTER (GBytes *, mine)
GETTER (GBytes *, theirs)

GListModel *
xc_library_save_get_conflicts (XcLibrarySave *self)
{
  g_return_val_if_fail (XC_IS_LIBRARY_SAVE (self), NULL);
  return G_LIST_MODEL (self->conflicts);
}
