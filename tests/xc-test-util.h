/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <xiachen.h>

G_BEGIN_DECLS

XcProgramme      *xc_test_load_data        (const char  *name);
XcProgramme      *xc_test_load_sample      (const char  *name);
XcProgramme      *xc_test_load_string      (const char  *json);
XcPluginRegistry *xc_test_get_registry     (void);
XcReport         *xc_test_validate         (XcProgramme *programme);
guint             xc_test_count            (XcReport    *report,
                                            const char  *rule_id,
                                            const char  *unit_id);
void              xc_test_assert_no_errors (XcReport    *report);
XcUnit           *xc_test_unit             (XcProgramme *programme,
                                            const char  *unit_id);
XcCommitment     *xc_test_find_commitment  (XcUnit      *unit,
                                            const char  *role,
                                            const char  *activity);

/* Asserts that @rule_id is reported for @unit_id (NULL: the programme)
 * after a change, and was not before it. */
#define xc_test_assert_rule(report, rule_id, unit_id) \
  g_assert_cmpuint (xc_test_count ((report), (rule_id), (unit_id)), >, 0)
#define xc_test_assert_no_rule(report, rule_id) \
  g_assert_cmpuint (xc_test_count ((report), (rule_id), NULL), ==, 0)

G_END_DECLS
