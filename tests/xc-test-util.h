/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <xiachen.h>

G_BEGIN_DECLS

/* Edits the JSON of a design in place, for xc_test_reload_json(). */
typedef void (*XcTestJsonEdit) (JsonObject *root,
                                gpointer    data);

/* A rule of a scheme as the policy states it, for xc_test_assert_rule_table(). */
typedef struct
{
  const char *id;
  XcSeverity  severity;
  const char *clause;   /* the policy's words the rule quotes; NULL: any */
} XcTestPolicyRule;

/* Designs. Every loader asserts that the design reads without an error. */

/* A design from tests/data. */
XcProgramme      *xc_test_load_data               (const char  *name);
/* A bundled reference design from data/samples (XIACHEN_SAMPLES_DIR). */
XcProgramme      *xc_test_load_sample             (const char  *name);
/* A design from JSON text. */
XcProgramme      *xc_test_load_string             (const char  *json);
/* A plugin's design from tests/plugins/@plugin/@name; @plugin NULL: from
 * tests/data, for a plugin whose fixture the core tests share. */
XcProgramme      *xc_test_load_fixture            (const char  *plugin,
                                                   const char  *name);
/* xc_test_load_fixture(), asserted to raise no finding of @rule_id. */
XcProgramme      *xc_test_load_clean_fixture      (const char  *plugin,
                                                   const char  *name,
                                                   const char  *rule_id);
/* @programme saved, its JSON changed by @edit and read back: for the
 * changes the model has no setter for (a removed member, a copied unit). */
XcProgramme      *xc_test_reload_json             (XcProgramme    *programme,
                                                   XcTestJsonEdit  edit,
                                                   gpointer        data);
/* The object of unit @unit_id in the JSON of a design, asserted to exist. */
JsonObject       *xc_test_unit_json               (JsonObject  *root,
                                                   const char  *unit_id);

/* Validation */

/* The plugins of the build tree (XIACHEN_PLUGIN_PATH), loaded once. */
XcPluginRegistry *xc_test_get_registry            (void);
/* A new report on @programme, with the plugins of xc_test_get_registry(). */
XcReport         *xc_test_validate                (XcProgramme *programme);
/* Findings of @rule_id on @unit_id or, where it is NULL, anywhere. */
guint             xc_test_count                   (XcReport    *report,
                                                   const char  *rule_id,
                                                   const char  *unit_id);
/* Findings of @rule_id about @subject_id (NULL: about nothing). */
guint             xc_test_count_about             (XcReport    *report,
                                                   const char  *rule_id,
                                                   const char  *subject_id);
/* Every finding of @report, a line each in its order: rule, unit,
 * subject, path, message, accepted and about the program. */
char             *xc_test_describe_report         (XcReport    *report);
/* xc_test_count() on a fresh validation of @programme. */
guint             xc_test_count_after_validation  (XcProgramme *programme,
                                                   const char  *rule_id,
                                                   const char  *unit_id);

/* Asserts that the scheme @scheme_id lists the rules of @policy and no
 * other, each once, with its severity and clause, @seed and a summary;
 * returns the scheme (transfer none). */
XcScheme         *xc_test_assert_rule_table       (const char             *scheme_id,
                                                   const XcTestPolicyRule *policy,
                                                   gsize                   n_policy,
                                                   const char             *seed);

/* Findings. Those returned are held by the report (transfer none). */

/* Asserts that @report has no error. */
void              xc_test_assert_no_errors        (XcReport    *report);
/* Asserts that @rule_id is reported once in all of @report, on @unit_id
 * (NULL: on no unit) with @severity; returns that finding. */
XcFinding        *xc_test_assert_one_finding      (XcReport    *report,
                                                   const char  *rule_id,
                                                   const char  *unit_id,
                                                   XcSeverity   severity);
/* Asserts that no message shows a snake_case identifier or an ext.member. */
void              xc_test_assert_planner_messages (XcReport    *report,
                                                   gboolean     chinese);
/* Asserts that @report has no finding but of @rule_id and of
 * @always_reported (NULL: none; several ids separated by spaces), rules the
 * fixture raises unchanged or the change raises too. */
void              xc_test_assert_nothing_else     (XcReport    *report,
                                                   const char  *rule_id,
                                                   const char  *always_reported);
/* The first finding of @rule_id about @subject_id, asserted to exist. */
XcFinding        *xc_test_find_by_subject         (XcReport    *report,
                                                   const char  *rule_id,
                                                   const char  *subject_id);
/* The first finding of @rule_id at @path, asserted to exist. */
XcFinding        *xc_test_find_at_path            (XcReport    *report,
                                                   const char  *rule_id,
                                                   const char  *path);
/* Asserts that the message of @finding contains @text. */
void              xc_test_assert_message_contains (XcFinding   *finding,
                                                   const char  *text);
/* Asserts that the message of @finding does not contain @text. */
void              xc_test_assert_message_lacks    (XcFinding   *finding,
                                                   const char  *text);

/* Lookups, asserted to find what they look for (transfer none). */

/* The unit @unit_id. */
XcUnit           *xc_test_unit                    (XcProgramme *programme,
                                                   const char  *unit_id);
/* The institution @institution_id. */
XcInstitution    *xc_test_institution             (XcProgramme *programme,
                                                   const char  *institution_id);
/* The person @person_id. */
XcPerson         *xc_test_person                  (XcProgramme *programme,
                                                   const char  *person_id);
/* The team of @unit_id, a store of XcTeamMember. */
GListStore       *xc_test_team                    (XcProgramme *programme,
                                                   const char  *unit_id);
/* The member at @position of the team of @unit_id. */
XcTeamMember     *xc_test_team_member             (XcProgramme *programme,
                                                   const char  *unit_id,
                                                   guint        position);
/* The first commitment of @unit with that role and activity, or NULL. */
XcCommitment     *xc_test_find_commitment         (XcUnit      *unit,
                                                   const char  *role,
                                                   const char  *activity);
/* xc_test_find_commitment() on @unit_id, asserted to find one. */
XcCommitment     *xc_test_commitment              (XcProgramme *programme,
                                                   const char  *unit_id,
                                                   const char  *role,
                                                   const char  *activity);

/* Changes */

/* Appends a commitment of @role to @activity, @count times @per. */
void              xc_test_add_commitment          (XcUnit      *unit,
                                                   const char  *role,
                                                   const char  *activity,
                                                   double       count,
                                                   const char  *per);
/* Appends a need of @institution_id for @specialty. */
void              xc_test_add_need                (XcProgramme *programme,
                                                   const char  *institution_id,
                                                   const char  *specialty);
/* Appends an institution with just an id, a name and a kind; returns it
 * (transfer none). */
XcInstitution    *xc_test_add_institution         (XcProgramme *programme,
                                                   const char  *id,
                                                   const char  *name,
                                                   const char  *kind);
/* Sets ext.@member of @record to the number @value. */
void              xc_test_set_ext_number          (XcRecord    *record,
                                                   const char  *member,
                                                   double       value);
/* Sets ext.@member of @record to the string @value. */
void              xc_test_set_ext_string          (XcRecord    *record,
                                                   const char  *member,
                                                   const char  *value);
/* Sets ext.@member of @record to an array of the strings of @values. */
void              xc_test_set_ext_strv            (XcRecord           *record,
                                                   const char         *member,
                                                   const char * const *values);
/* Removes ext.@member of @record, asserted to be there. */
void              xc_test_remove_ext              (XcRecord    *record,
                                                   const char  *member);

/* Documents and copies */

/* Asserts that @a and @b save to equal JSON. */
void              xc_test_assert_same_design      (XcProgramme *a,
                                                   XcProgramme *b);
/* Removes @path and everything under it (a test's temporary directory). */
void              xc_test_remove_tree             (const char  *path);
/* Iterates the default main context until *@done (bounded). */
void              xc_test_wait_for                (gboolean    *done);

/* Which thread freed an object: watch it, let go of it, then wait. The
 * wait frees the watch. */
typedef struct _XcTestFreeing XcTestFreeing;

XcTestFreeing    *xc_test_watch_freeing           (gpointer       object);
GThread          *xc_test_wait_freed              (XcTestFreeing *freeing);

/* An asynchronous call waited for: pass xc_test_async_done() as its
 * callback and an XcTestAsync as its data, then xc_test_async_wait(). */
typedef struct
{
  gboolean      done;
  GAsyncResult *result;   /* owned; unref it when done with it */
} XcTestAsync;

void              xc_test_async_done              (GObject      *source,
                                                   GAsyncResult *result,
                                                   gpointer      data);
GAsyncResult     *xc_test_async_wait              (XcTestAsync  *async);

/* Asserts that @rule_id is reported for @unit_id (NULL: the programme)
 * after a change, and was not before it. */
#define xc_test_assert_rule(report, rule_id, unit_id) \
  g_assert_cmpuint (xc_test_count ((report), (rule_id), (unit_id)), >, 0)
#define xc_test_assert_no_rule(report, rule_id) \
  g_assert_cmpuint (xc_test_count ((report), (rule_id), NULL), ==, 0)

/* A design's JSON written in one way, members in their order: equal for
 * the same design whatever its spacing. */
char        *xc_test_canonical_json      (GBytes      *bytes);

G_END_DECLS
