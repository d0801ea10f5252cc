/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#if !defined (XIACHEN_INSIDE) && !defined (XIACHEN_COMPILATION)
# error "Only <xiachen.h> can be included directly."
#endif

#include "xc-version.h"

#include <glib.h>

G_BEGIN_DECLS

/* The value of a design file's `format` member and the version we read. */
#define XC_FORMAT_NAME    "xiachen-programme"
#define XC_FORMAT_VERSION 1

/* Files larger than this are refused before parsing; a national design is
 * about 40 MB. */
#define XC_FORMAT_MAX_FILE_SIZE (512 * 1024 * 1024)

#define XC_FORMAT_ERROR (xc_format_error_quark ())

/**
 * XcFormatError:
 * @XC_FORMAT_ERROR_READ: the file could not be read
 * @XC_FORMAT_ERROR_TOO_LARGE: the file is over %XC_FORMAT_MAX_FILE_SIZE
 * @XC_FORMAT_ERROR_MALFORMED: not JSON (the message has line and column)
 * @XC_FORMAT_ERROR_NOT_A_DESIGN: JSON, but not a programme design
 * @XC_FORMAT_ERROR_UNSUPPORTED_VERSION: a design of a version we cannot read
 * @XC_FORMAT_ERROR_INVALID: members missing or of the wrong type
 */
typedef enum
{
  XC_FORMAT_ERROR_READ,
  XC_FORMAT_ERROR_TOO_LARGE,
  XC_FORMAT_ERROR_MALFORMED,
  XC_FORMAT_ERROR_NOT_A_DESIGN,
  XC_FORMAT_ERROR_UNSUPPORTED_VERSION,
  XC_FORMAT_ERROR_INVALID,
} XcFormatError;

XC_AVAILABLE_IN_ALL
GQuark xc_format_error_quark (void);

G_END_DECLS
