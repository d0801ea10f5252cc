/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#if !defined (XIACHEN_UI_INSIDE) && !defined (XIACHEN_UI_COMPILATION)
# error "Only <xiachen-ui.h> can be included directly."
#endif

/* The forms headers, included by xiachen-ui.h: rows that each edit one
 * property of one XcRecord, and the groups and pages built from them. */
#include "xc-form-row.h"
#include "xc-text-row.h"
#include "xc-number-row.h"
#include "xc-switch-row.h"
#include "xc-choice-row.h"
#include "xc-reference-row.h"
#include "xc-id-list-row.h"
#include "xc-member-proxy.h"
#include "xc-record-list-group.h"
#include "xc-record-form.h"
#include "xc-unit-groups.h"
