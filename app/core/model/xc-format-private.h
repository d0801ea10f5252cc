/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <json-glib/json-glib.h>

#include "xc-format.h"

G_BEGIN_DECLS

JsonNode *_xc_format_parse (GBytes      *bytes,
                            const char  *display_name,
                            GError     **error);
gboolean  _xc_format_check (JsonNode    *root,
                            const char  *display_name,
                            GError     **error);
char     *_xc_format_to_data (JsonNode  *root,
                              gsize     *length);

typedef enum
{
  XC_FORMAT_RECORD_PROGRAMME,
  XC_FORMAT_RECORD_TOWN,
  XC_FORMAT_RECORD_INSTITUTION,
  XC_FORMAT_RECORD_PERSON,
  XC_FORMAT_RECORD_UNIT,
  XC_FORMAT_RECORD_NEED,
  XC_FORMAT_RECORD_TEAM_MEMBER,
  XC_FORMAT_RECORD_COMMITMENT,
} XcFormatRecord;

/* @unknown_value: NULL where the member is missing, else its value that
 * the member's vocabulary does not know. */
typedef void (*XcFormatMissingFunc) (const char *path,
                                     const char *unknown_value,
                                     gpointer    user_data);

void      _xc_format_foreach_missing (XcFormatRecord       record,
                                      JsonObject          *object,
                                      XcFormatMissingFunc  func,
                                      gpointer             user_data);

G_END_DECLS
