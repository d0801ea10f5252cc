/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "xc-library-design.h"
#include "xc-library-revision.h"
#include "xc-library-save.h"
#include "xc-library-cache.h"

G_BEGIN_DECLS

struct _XcLibraryDesign
{
  GObject         parent_instance;
  char           *id;
  char           *title;
  char           *scheme;
  char           *revision;
  char           *by;
  char           *etag;
  GDateTime      *modified;
  guint64         size;
  XcLibraryState  state;
  GBytes         *contents;
  gboolean        from_cache;
};

struct _XcLibraryRevision
{
  GObject  parent_instance;
  char    *revision;
  char    *parent;
  char    *by;
  char    *at;
  char    *merged_from;
  GStrv    changed;
  char    *title;
  char    *scheme;
};

struct _XcLibrarySave
{
  GObject     parent_instance;
  char       *design_id;
  char       *revision;
  char       *merged_from;
  char       *theirs_by;
  char       *theirs_revision;
  GBytes     *contents;
  GBytes     *base;
  GBytes     *mine;
  GBytes     *theirs;
  GListStore *conflicts;
};

XcLibraryDesign   *xc_library_design_new   (const char         *id);
XcLibrarySave     *xc_library_save_new     (const char         *design_id);
XcLibraryRevision *xc_library_revision_new (const char         *revision,
                                            const char         *parent,
                                            const char         *by,
                                            const char         *at,
                                            const char         *merged_from,
                                            const char * const *changed,
                                            const char         *title,
                                            const char         *scheme);

G_END_DECLS
