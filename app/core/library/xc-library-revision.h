/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#if !defined (XIACHEN_INSIDE) && !defined (XIACHEN_COMPILATION)
# error "Only <xiachen.h> can be included directly."
#endif

#include "xc-version.h"

#include <json-glib/json-glib.h>

G_BEGIN_DECLS

#define XC_TYPE_LIBRARY_REVISION (xc_library_revision_get_type ())

XC_AVAILABLE_IN_ALL
G_DECLARE_FINAL_TYPE (XcLibraryRevision, xc_library_revision, XC, LIBRARY_REVISION, GObject)

/* One accepted save: history/<design-id>/<revision>.json on the server. */
XC_AVAILABLE_IN_ALL
XcLibraryRevision  *xc_library_revision_new_from_json   (JsonObject         *object,
                                                         GError            **error) G_GNUC_WARN_UNUSED_RESULT;
XC_AVAILABLE_IN_ALL
JsonNode           *xc_library_revision_to_json         (XcLibraryRevision  *self) G_GNUC_WARN_UNUSED_RESULT;
XC_AVAILABLE_IN_ALL
const char         *xc_library_revision_get_revision    (XcLibraryRevision  *self);
/* The revision this one was made from; NULL for a design's first save. */
XC_AVAILABLE_IN_ALL
const char         *xc_library_revision_get_parent      (XcLibraryRevision  *self);
XC_AVAILABLE_IN_ALL
const char         *xc_library_revision_get_by          (XcLibraryRevision  *self);
/* ISO 8601, UTC. */
XC_AVAILABLE_IN_ALL
const char         *xc_library_revision_get_at          (XcLibraryRevision  *self);
/* The server's revision merged into this save, or NULL. */
XC_AVAILABLE_IN_ALL
const char         *xc_library_revision_get_merged_from (XcLibraryRevision  *self);
/* Records changed against the server's previous revision: "units/u-3", "title". */
XC_AVAILABLE_IN_ALL
const char * const *xc_library_revision_get_changed     (XcLibraryRevision  *self);
XC_AVAILABLE_IN_ALL
const char         *xc_library_revision_get_title       (XcLibraryRevision  *self);
XC_AVAILABLE_IN_ALL
const char         *xc_library_revision_get_scheme      (XcLibraryRevision  *self);

G_END_DECLS
