/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "xc-finding.h"

G_BEGIN_DECLS

XcFinding *_xc_finding_new_take (XcRule     *rule,
                                 const char *unit_id,
                                 const char *subject_id,
                                 const char *path,
                                 char       *message);
XcFinding *_xc_finding_copy_unaccepted (XcFinding *finding);

G_END_DECLS
