/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "xc-library-private.h"

G_DEFINE_FINAL_TYPE (XcLibraryDesign, xc_library_design, G_TYPE_OBJECT)

static void
xc_library_design_finalize (GObject *object)
{
  XcLibraryDesign *self = XC_LIBRARY_DESIGN (object);

  g_free (self->id);
  g_free (self->title);
  g_free (self->scheme);
  g_free (self->revision);
  g_free (self->by);
  g_free (self->etag);
  g_clear_pointer (&self->modified, g_date_time_unref);
  g_clear_pointer (&self->contents, g_bytes_unref);
  G_OBJECT_CLASS (xc_library_design_parent_class)->finalize (object);
}

static void
xc_library_design_class_init (XcLibraryDesignClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = xc_library_design_finalize;
}

static void
xc_library_design_init (XcLibraryDesign *self)
{
}

XcLibraryDesign *
xc_library_design_new (const char *id)
{
  XcLibraryDesign *self = g_object_new (XC_TYPE_LIBRARY_DESIGN, NULL);

  self->id = g_strdup (id);
  return self;
}

#define GETTER(type, name, fallback) \
  type \
  xc_library_design_get_##name (XcLibraryDesign *self) \
  { \
    g_return_val_if_fail (XC_IS_LIBRARY_DESIGN (self), fallback); \
    return self->name; \
  }

GETTER (const char *, id, NULL)
GETTER (const char *, title, NULL)
GETTER (const char *, scheme, NULL)
GETTER (const char *, revision, NULL)
GETTER (const char *, by, NULL)
GETTER (GDateTime *, modified, NULL)
GETTER (const char *, etag, NULL)
GETTER (guint64, size, 0)
GETTER (XcLibraryState, state, XC_LIBRARY_STATE_NOT_CACHED)
GETTER (GBytes *, contents, NULL)
GETTER (gboolean, from_cache, FALSE)
