/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#if !defined (XIACHEN_INSIDE) && !defined (XIACHEN_COMPILATION)
# error "Only <xiachen.h> can be included directly."
#endif

#include "xc-version.h"

#include <glib.h>

G_BEGIN_DECLS

/* Containers nested deeper than this are refused; a design is five deep. */
#define XC_JSON_MAX_DEPTH 200

#define XC_JSON_ERROR (xc_json_error_quark ())

/**
 * XcJsonError:
 * @XC_JSON_ERROR_SYNTAX: not JSON as RFC 8259 defines it
 * @XC_JSON_ERROR_NOT_UTF8: a byte sequence that is not UTF-8
 * @XC_JSON_ERROR_DEPTH: nested more than %XC_JSON_MAX_DEPTH levels
 * @XC_JSON_ERROR_DUPLICATE: an object names a member twice
 * @XC_JSON_ERROR_EMPTY: no value at all, only white space or nothing
 *
 * The message is the reason alone, translated; the place is
 * xc_json_reader_get_position().
 */
typedef enum
{
  XC_JSON_ERROR_SYNTAX,
  XC_JSON_ERROR_NOT_UTF8,
  XC_JSON_ERROR_DEPTH,
  XC_JSON_ERROR_DUPLICATE,
  XC_JSON_ERROR_EMPTY,
} XcJsonError;

/**
 * XcJsonEvent:
 * @XC_JSON_EVENT_END: the document is complete and nothing follows it
 * @XC_JSON_EVENT_MEMBER: a member name; the next event is its value
 * @XC_JSON_EVENT_NUMBER: a number; its text is as written in the file
 * @XC_JSON_EVENT_ERROR: the input is refused; the reader stays here
 */
typedef enum
{
  XC_JSON_EVENT_END,
  XC_JSON_EVENT_BEGIN_OBJECT,
  XC_JSON_EVENT_END_OBJECT,
  XC_JSON_EVENT_BEGIN_ARRAY,
  XC_JSON_EVENT_END_ARRAY,
  XC_JSON_EVENT_MEMBER,
  XC_JSON_EVENT_STRING,
  XC_JSON_EVENT_NUMBER,
  XC_JSON_EVENT_TRUE,
  XC_JSON_EVENT_FALSE,
  XC_JSON_EVENT_NULL,
  XC_JSON_EVENT_ERROR,
} XcJsonEvent;

typedef struct _XcJsonReader XcJsonReader;

XC_AVAILABLE_IN_ALL
GQuark        xc_json_error_quark         (void);

XC_AVAILABLE_IN_ALL
XcJsonReader *xc_json_reader_new          (const char    *data,
                                           gsize          length);
XC_AVAILABLE_IN_ALL
void          xc_json_reader_free         (XcJsonReader  *reader);
XC_AVAILABLE_IN_ALL
XcJsonEvent   xc_json_reader_next         (XcJsonReader  *reader,
                                           GError       **error);
XC_AVAILABLE_IN_ALL
const char   *xc_json_reader_get_text     (XcJsonReader  *reader,
                                           gsize         *length);
XC_AVAILABLE_IN_ALL
guint         xc_json_reader_get_depth    (XcJsonReader  *reader);
XC_AVAILABLE_IN_ALL
gsize         xc_json_reader_get_offset   (XcJsonReader  *reader);
XC_AVAILABLE_IN_ALL
gsize         xc_json_reader_get_end_offset (XcJsonReader *reader);
XC_AVAILABLE_IN_ALL
void          xc_json_reader_skip_object  (XcJsonReader  *reader,
                                           gsize          end);
XC_AVAILABLE_IN_ALL
void          xc_json_reader_get_position (XcJsonReader  *reader,
                                           guint         *line,
                                           guint         *column);

XC_AVAILABLE_IN_ALL
gboolean      xc_json_validate            (const char    *data,
                                           gsize          length,
                                           GError       **error);
XC_AVAILABLE_IN_ALL
void          xc_json_offset_to_position  (const char    *data,
                                           gsize          offset,
                                           guint         *line,
                                           guint         *column);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (XcJsonReader, xc_json_reader_free)

G_END_DECLS
