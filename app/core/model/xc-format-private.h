/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <json-glib/json-glib.h>

#include "xc-format.h"

G_BEGIN_DECLS

JsonNode *_xc_format_parse (GBytes      *bytes,
                            const char  *display_name,
                            GError     **error);
GBytes   *_xc_format_read_file (GFile         *file,
                                GCancellable  *cancellable,
                                char         **display_name,
                                GError       **error);
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
  XC_FORMAT_RECORD_DEVIATION,
  XC_FORMAT_RECORD_NONE,        /* a part of its record: period, facilities */
} XcFormatRecord;

/* The schema of format v1: one table of fields per record type. It drives
 * the shape check of a json-glib tree (_xc_format_check), rule XC-07
 * (_xc_format_foreach_missing) and the plain-record reader (XcDesign),
 * which stores each field at its offset in the record's struct. */
typedef enum
{
  XC_FIELD_STRING,
  XC_FIELD_INT,
  XC_FIELD_NUMBER,
  XC_FIELD_BOOL,
  XC_FIELD_OBJECT,
  XC_FIELD_OBJECTS,       /* array of objects of a shape */
  XC_FIELD_STRINGS,       /* array of strings */
} XcFieldKind;

typedef struct _XcShape XcShape;

/* What a missing member means. A design in progress is incomplete by
 * nature: what a planner has not filled in yet (a new person's title) must
 * not make the file unreadable, so such members are reported by rule XC-07
 * as findings. Only what the model cannot do without refuses the file. */
typedef enum
{
  XC_FIELD_OPTIONAL,
  XC_FIELD_TO_LOAD,        /* the file is refused without it */
  XC_FIELD_TO_COMPLETE,    /* the design loads; rule XC-07 reports the gap */
} XcFieldNeed;

typedef struct
{
  const char         *name;
  XcFieldKind         kind;
  XcFieldNeed         required;
  const XcShape      *shape;
  const char * const *values;   /* a closed vocabulary, or NULL */
  /* where the plain reader keeps it: 1 + the offset in the record's
   * struct (0: not kept); for XC_FIELD_OBJECTS, the offset of the
   * collection's count-and-array pair */
  gsize               offset;
} XcField;

#define XC_FIELD_AT(type, member) .offset = G_STRUCT_OFFSET (type, member) + 1

struct _XcShape
{
  const XcField *members;
  gboolean       numbers_only;   /* every member is a number (targets) */
  XcFormatRecord record;         /* what its objects are */
  gsize          size;           /* of the record's struct */
};

const XcShape *_xc_format_get_shape (XcFormatRecord record);

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
