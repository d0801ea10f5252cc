/* SPDX-License-Identifier: GPL-3.0-or-later */
/* XcDocument: change tracking, saving (atomic, Save As, failures), drafts
 * and their recovery after a crash; copies, unique ids and duplicates. */
#include "config.h"

#include <fcntl.h>
#include <glib/gstdio.h>
#include <string.h>
#include <unistd.h>

#include "xc-test-util.h"

typedef struct
{
  char        *dir;
  GFile       *file;
  XcProgramme *programme;
  XcDocument  *document;
  guint        changes;          /* "changed" of the programme */
  guint        modified_notifies;
} Fixture;

static void
count_cb (gpointer  instance,
          guint    *count)
{
  (*count)++;
}

static void
count_notify_cb (GObject    *object,
                 GParamSpec *pspec,
                 guint      *count)
{
  (*count)++;
}

/* The minimal Huizhou design, copied to a temporary file and opened. */
static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  g_autofree char *source = g_test_build_filename (G_TEST_DIST, "data", "huizhou-minimal.xcprog",
                                                   NULL);
  g_autofree char *contents = NULL;
  g_autofree char *path = NULL;
  g_autoptr(GError) error = NULL;
  gsize length;

  fixture->dir = g_dir_make_tmp ("xc-document-XXXXXX", &error);
  g_assert_no_error (error);
  path = g_build_filename (fixture->dir, "design.xcprog", NULL);
  g_assert_true (g_file_get_contents (source, &contents, &length, NULL));
  g_assert_true (g_file_set_contents (path, contents, length, NULL));

  fixture->file = g_file_new_for_path (path);
  fixture->programme = xc_programme_new_from_file (fixture->file, NULL, &error);
  g_assert_no_error (error);
  fixture->document = xc_document_new (fixture->programme, fixture->file);

  g_signal_connect (fixture->programme, "changed", G_CALLBACK (count_cb), &fixture->changes);
  g_signal_connect (fixture->document, "notify::modified", G_CALLBACK (count_notify_cb),
                    &fixture->modified_notifies);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  g_assert_finalize_object (fixture->document);
  g_assert_finalize_object (fixture->programme);
  g_clear_object (&fixture->file);
  xc_test_remove_tree (fixture->dir);
  g_clear_pointer (&fixture->dir, g_free);
}

static void
test_new_document_is_unmodified (Fixture       *fixture,
                                 gconstpointer  data)
{
  g_assert_false (xc_document_get_modified (fixture->document));
  g_assert_true (xc_document_get_programme (fixture->document) == fixture->programme);
  g_assert_true (g_file_equal (xc_document_get_file (fixture->document), fixture->file));
  g_assert_cmpstr (xc_document_get_title (fixture->document), ==, "design.xcprog");
}

static void
test_team_member_change_modifies (Fixture       *fixture,
                                  gconstpointer  data)
{
  XcTeamMember *member = xc_test_team_member (fixture->programme, "u-tcm", 0);

  xc_team_member_set_residency_months (member, 7);
  g_assert_true (xc_document_get_modified (fixture->document));
  g_assert_cmpuint (fixture->changes, ==, 1);
  g_assert_cmpuint (fixture->modified_notifies, ==, 1);

  /* the same value again is no change */
  xc_team_member_set_residency_months (member, 7);
  g_assert_cmpuint (fixture->changes, ==, 1);
}

static void
test_every_kind_of_record_reports (Fixture       *fixture,
                                   gconstpointer  data)
{
  XcUnit *unit = xc_test_unit (fixture->programme, "u-western");
  g_autoptr(XcCommitment) commitment = g_list_model_get_item (xc_unit_get_commitments (unit), 0);
  g_autoptr(XcTown) town = g_list_model_get_item (xc_programme_get_towns (fixture->programme), 0);
  g_autoptr(XcNeed) need = xc_need_new ();
  guint expected = 0;

  xc_programme_set_title (fixture->programme, "renamed");
  g_assert_cmpuint (fixture->changes, ==, ++expected);
  xc_town_set_name (town, "新镇");
  g_assert_cmpuint (fixture->changes, ==, ++expected);
  xc_institution_set_beds (xc_test_institution (fixture->programme, "i-hc-a"), 40);
  g_assert_cmpuint (fixture->changes, ==, ++expected);
  xc_person_set_specialty (xc_test_person (fixture->programme, "p-team-t1"), "pain");
  g_assert_cmpuint (fixture->changes, ==, ++expected);
  xc_commitment_set_count (commitment, 9);
  g_assert_cmpuint (fixture->changes, ==, ++expected);
  xc_unit_set_target (unit, "outpatients", 1234);
  g_assert_cmpuint (fixture->changes, ==, ++expected);
  xc_test_set_ext_string (XC_RECORD (unit), "note", "changed");
  g_assert_cmpuint (fixture->changes, ==, ++expected);

  /* a need appended, then changed */
  g_list_store_append (G_LIST_STORE (xc_programme_get_needs (fixture->programme)), need);
  g_assert_cmpuint (fixture->changes, ==, ++expected);
  xc_need_set_note (need, "urgent");
  g_assert_cmpuint (fixture->changes, ==, ++expected);

  /* a team member removed */
  g_list_store_remove (G_LIST_STORE (xc_unit_get_team (unit)), 0);
  g_assert_cmpuint (fixture->changes, ==, ++expected);
  g_assert_true (xc_document_get_modified (fixture->document));
}

static void
test_appended_unit_is_tracked (Fixture       *fixture,
                               gconstpointer  data)
{
  g_autoptr(XcUnit) unit = xc_unit_new ();
  g_autoptr(XcTeamMember) member = xc_team_member_new ();
  g_autoptr(XcTeamMember) later = xc_team_member_new ();

  /* a unit with a team of its own, built before it joins the design */
  xc_unit_set_id (unit, "u-new");
  xc_team_member_set_person (member, "p-team-w1");
  g_list_store_append (G_LIST_STORE (xc_unit_get_team (unit)), member);
  g_assert_cmpuint (fixture->changes, ==, 0);

  g_list_store_append (G_LIST_STORE (xc_programme_get_units (fixture->programme)), unit);
  g_assert_cmpuint (fixture->changes, ==, 1);
  g_assert_true (xc_document_get_modified (fixture->document));

  xc_document_set_modified (fixture->document, FALSE);
  xc_unit_set_name (unit, "新工作室");
  g_assert_cmpuint (fixture->changes, ==, 2);
  g_assert_true (xc_document_get_modified (fixture->document));

  /* its team member from before, and one appended after */
  xc_document_set_modified (fixture->document, FALSE);
  xc_team_member_set_residency_months (member, 3);
  g_assert_cmpuint (fixture->changes, ==, 3);
  g_assert_true (xc_document_get_modified (fixture->document));

  g_list_store_append (G_LIST_STORE (xc_unit_get_team (unit)), later);
  g_assert_cmpuint (fixture->changes, ==, 4);
  xc_team_member_set_person (later, "p-team-w2");
  g_assert_cmpuint (fixture->changes, ==, 5);
}

static void
test_record_outside_a_design_reports_nothing (Fixture       *fixture,
                                              gconstpointer  data)
{
  g_autoptr(XcUnit) unit = xc_unit_new ();
  g_autoptr(XcTeamMember) member = xc_team_member_new ();

  g_list_store_append (G_LIST_STORE (xc_unit_get_team (unit)), member);
  xc_unit_set_name (unit, "alone");
  xc_team_member_set_person (member, "p-x");
  g_assert_cmpuint (fixture->changes, ==, 0);
  g_assert_false (xc_document_get_modified (fixture->document));
}

static void
test_records_outliving_the_design_are_safe (void)
{
  XcProgramme *programme = xc_test_load_data ("huizhou-minimal.xcprog");
  g_autoptr(XcUnit) unit = g_object_ref (xc_test_unit (programme, "u-tcm"));
  g_autoptr(XcTeamMember) member = g_object_ref (xc_test_team_member (programme, "u-tcm", 0));

  g_assert_finalize_object (programme);
  /* Their tracker's owner is gone: a change reports to nobody. */
  xc_unit_set_name (unit, "orphan");
  xc_team_member_set_residency_months (member, 2);
  g_assert_cmpstr (xc_unit_get_name (unit), ==, "orphan");
}

static void
test_save_clears_modified (Fixture       *fixture,
                           gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(XcProgramme) reloaded = NULL;

  xc_unit_set_name (xc_test_unit (fixture->programme, "u-tcm"), "saved name");
  g_assert_true (xc_document_get_modified (fixture->document));

  g_assert_true (xc_document_save (fixture->document, NULL, NULL, &error));
  g_assert_no_error (error);
  g_assert_false (xc_document_get_modified (fixture->document));
  g_assert_cmpuint (fixture->modified_notifies, ==, 2);

  reloaded = xc_programme_new_from_file (fixture->file, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (xc_unit_get_name (xc_test_unit (reloaded, "u-tcm")), ==, "saved name");
  xc_test_assert_same_design (reloaded, fixture->programme);
}

static void
test_save_as_changes_file_and_title (Fixture       *fixture,
                                     gconstpointer  data)
{
  g_autofree char *path = g_build_filename (fixture->dir, "另一个.xcprog", NULL);
  g_autoptr(GFile) other = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  guint file_notifies = 0, title_notifies = 0;

  g_signal_connect (fixture->document, "notify::file", G_CALLBACK (count_notify_cb), &file_notifies);
  g_signal_connect (fixture->document, "notify::title", G_CALLBACK (count_notify_cb), &title_notifies);
  xc_programme_set_id (fixture->programme, "saved-as");

  g_assert_true (xc_document_save (fixture->document, other, NULL, &error));
  g_assert_no_error (error);
  g_assert_true (g_file_equal (xc_document_get_file (fixture->document), other));
  g_assert_cmpstr (xc_document_get_title (fixture->document), ==, "另一个.xcprog");
  g_assert_cmpuint (file_notifies, ==, 1);
  g_assert_cmpuint (title_notifies, ==, 1);
  g_assert_false (xc_document_get_modified (fixture->document));
  g_assert_true (g_file_test (path, G_FILE_TEST_IS_REGULAR));
}

/* The new contents replace the file by rename: a reader holding the old
 * file sees it whole, which is also what a crash mid-save leaves. */
static void
test_save_is_atomic (Fixture       *fixture,
                     gconstpointer  data)
{
  const char *path = g_file_peek_path (fixture->file);
  const char *old_contents = "old contents that must survive";
  g_autoptr(GError) error = NULL;
  char buffer[64] = { 0 };
  int fd;

  g_assert_true (g_file_set_contents (path, old_contents, -1, NULL));
  fd = g_open (path, O_RDONLY, 0);
  g_assert_cmpint (fd, >=, 0);

  xc_programme_set_title (fixture->programme, "new");
  g_assert_true (xc_document_save (fixture->document, NULL, NULL, &error));
  g_assert_no_error (error);

  g_assert_cmpint (read (fd, buffer, sizeof buffer - 1), ==, strlen (old_contents));
  g_assert_cmpstr (buffer, ==, old_contents);
  close (fd);
}

static void
test_failed_save_names_the_file (Fixture       *fixture,
                                 gconstpointer  data)
{
  /* A regular file where a directory should be: fails even for root. */
  g_autofree char *not_a_dir = g_build_filename (fixture->dir, "not-a-folder", NULL);
  g_autofree char *path = g_build_filename (not_a_dir, "design.xcprog", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;

  g_assert_true (g_file_set_contents (not_a_dir, "", -1, NULL));
  xc_programme_set_title (fixture->programme, "unsaved");

  g_assert_false (xc_document_save (fixture->document, file, NULL, &error));
  g_assert_nonnull (error);
  g_assert_nonnull (strstr (error->message, path));
  g_assert_true (xc_document_get_modified (fixture->document));
  g_assert_true (g_file_equal (xc_document_get_file (fixture->document), fixture->file));
}

typedef struct
{
  gboolean  done;
  gboolean  ok;
  GError   *error;
  gpointer  result;
} Wait;

static void
save_done_cb (GObject      *source,
              GAsyncResult *result,
              gpointer      user_data)
{
  Wait *wait = user_data;

  wait->ok = xc_document_save_finish (XC_DOCUMENT (source), result, &wait->error);
  wait->done = TRUE;
}

static void
test_save_async (Fixture       *fixture,
                 gconstpointer  data)
{
  Wait wait = { 0 };
  g_autoptr(XcProgramme) reloaded = NULL;
  g_autoptr(GError) error = NULL;

  xc_unit_set_name (xc_test_unit (fixture->programme, "u-tcm"), "async");
  xc_document_save_async (fixture->document, NULL, NULL, save_done_cb, &wait);
  xc_test_wait_for (&wait.done);
  g_assert_no_error (wait.error);
  g_assert_true (wait.ok);
  g_assert_false (xc_document_get_modified (fixture->document));
  reloaded = xc_programme_new_from_file (fixture->file, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (xc_unit_get_name (xc_test_unit (reloaded, "u-tcm")), ==, "async");

  /* A change made while the file is written is not in it: still modified. */
  wait.done = FALSE;
  xc_unit_set_name (xc_test_unit (fixture->programme, "u-tcm"), "first");
  xc_document_save_async (fixture->document, NULL, NULL, save_done_cb, &wait);
  xc_unit_set_name (xc_test_unit (fixture->programme, "u-tcm"), "second");
  xc_test_wait_for (&wait.done);
  g_assert_true (wait.ok);
  g_assert_true (xc_document_get_modified (fixture->document));
}

static void
test_failed_save_async_keeps_modified (Fixture       *fixture,
                                       gconstpointer  data)
{
  g_autoptr(GFile) file = g_file_new_for_path ("/nonexistent/folder/design.xcprog");
  Wait wait = { 0 };

  xc_programme_set_title (fixture->programme, "unsaved");
  xc_document_save_async (fixture->document, file, NULL, save_done_cb, &wait);
  xc_test_wait_for (&wait.done);
  g_assert_false (wait.ok);
  g_assert_nonnull (wait.error);
  g_assert_nonnull (strstr (wait.error->message, "/nonexistent/folder/design.xcprog"));
  g_clear_error (&wait.error);
  g_assert_true (xc_document_get_modified (fixture->document));
  g_assert_true (g_file_equal (xc_document_get_file (fixture->document), fixture->file));
}

static void
load_done_cb (GObject      *source,
              GAsyncResult *result,
              gpointer      user_data)
{
  Wait *wait = user_data;

  wait->result = xc_document_load_finish (result, &wait->error);
  wait->done = TRUE;
}

static void
test_load_async (Fixture       *fixture,
                 gconstpointer  data)
{
  g_autofree char *missing_path = g_build_filename (fixture->dir, "missing.xcprog", NULL);
  g_autoptr(GFile) missing = g_file_new_for_path (missing_path);
  Wait wait = { 0 };
  XcDocument *document;

  xc_document_load_async (fixture->file, NULL, load_done_cb, &wait);
  xc_test_wait_for (&wait.done);
  g_assert_no_error (wait.error);
  document = wait.result;
  g_assert_true (XC_IS_DOCUMENT (document));
  g_assert_false (xc_document_get_modified (document));
  g_assert_true (g_file_equal (xc_document_get_file (document), fixture->file));
  g_assert_cmpstr (xc_document_get_title (document), ==, "design.xcprog");
  xc_test_assert_same_design (xc_document_get_programme (document), fixture->programme);
  g_assert_finalize_object (document);

  memset (&wait, 0, sizeof wait);
  xc_document_load_async (missing, NULL, load_done_cb, &wait);
  xc_test_wait_for (&wait.done);
  g_assert_null (wait.result);
  g_assert_nonnull (wait.error);
  g_assert_nonnull (strstr (wait.error->message, missing_path));
  g_clear_error (&wait.error);
}

static void
test_title_of_a_new_design (void)
{
  g_autoptr(XcProgramme) programme = xc_programme_new_for_scheme ("huizhou-studio");
  g_autoptr(XcDocument) document = NULL;
  guint title_notifies = 0;

  xc_programme_set_title (programme, NULL);
  document = xc_document_new (programme, NULL);
  g_assert_null (xc_document_get_file (document));
  g_assert_cmpstr (xc_document_get_title (document), !=, "");
  g_assert_nonnull (xc_document_get_title (document));

  g_signal_connect (document, "notify::title", G_CALLBACK (count_notify_cb), &title_notifies);
  xc_programme_set_title (programme, "南昆山工作室");
  g_assert_cmpstr (xc_document_get_title (document), ==, "南昆山工作室");
  g_assert_cmpuint (title_notifies, ==, 1);
}

static char *
draft_file (XcDocument *document,
            const char *suffix)
{
  g_autofree char *name = g_strconcat (xc_document_get_draft_id (document), suffix, NULL);

  return g_build_filename (xc_document_get_drafts_dir (), name, NULL);
}

static void
test_drafts_dir_follows_xdg_state_home (void)
{
  g_autofree char *expected = g_build_filename (g_get_user_state_dir (), "xiachen", "drafts", NULL);

  g_assert_cmpstr (xc_document_get_drafts_dir (), ==, expected);
  /* G_TEST_OPTION_ISOLATE_DIRS: never the user's real drafts */
  g_assert_true (g_str_has_prefix (expected, g_get_tmp_dir ()));
}

static void
test_draft_recovers_after_a_crash (Fixture       *fixture,
                                   gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) recovered = NULL;
  g_autoptr(GPtrArray) none = NULL;
  g_autofree char *design_path = NULL;
  g_autofree char *info_path = NULL;
  g_autofree char *id = NULL;
  XcDocument *document;
  XcDocument *crashed;

  xc_unit_set_name (xc_test_unit (fixture->programme, "u-tcm"), "unsaved work");
  g_assert_true (xc_document_write_draft (fixture->document, &error));
  g_assert_no_error (error);
  id = g_strdup (xc_document_get_draft_id (fixture->document));
  g_assert_true (g_uuid_string_is_valid (id));
  design_path = draft_file (fixture->document, ".xcprog");
  info_path = draft_file (fixture->document, ".ini");
  g_assert_true (g_file_test (design_path, G_FILE_TEST_IS_REGULAR));
  g_assert_true (g_file_test (info_path, G_FILE_TEST_IS_REGULAR));

  /* A second autosave keeps the same id. */
  g_assert_true (xc_document_write_draft (fixture->document, &error));
  g_assert_cmpstr (xc_document_get_draft_id (fixture->document), ==, id);

  /* "Crash": a second document on the same design goes away without
   * discarding its draft. */
  crashed = xc_document_new (fixture->programme, fixture->file);
  g_assert_true (xc_document_write_draft (crashed, &error));
  g_assert_cmpstr (xc_document_get_draft_id (crashed), !=, id);
  g_assert_finalize_object (crashed);

  /* read in a worker, as the window does */
  {
    XcTestAsync async = { FALSE, NULL };

    xc_document_recover_drafts_async (NULL, xc_test_async_done, &async);
    recovered = xc_document_recover_drafts_finish (xc_test_async_wait (&async), &error);
    g_clear_object (&async.result);
  }
  g_assert_no_error (error);
  g_assert_cmpuint (recovered->len, ==, 2);
  document = NULL;
  for (guint i = 0; i < recovered->len; i++)
    if (g_strcmp0 (xc_document_get_draft_id (g_ptr_array_index (recovered, i)), id) == 0)
      document = g_ptr_array_index (recovered, i);
  g_assert_nonnull (document);

  g_assert_true (xc_document_get_modified (document));
  g_assert_true (g_file_equal (xc_document_get_file (document), fixture->file));
  g_assert_cmpstr (xc_document_get_title (document), ==, "design.xcprog");
  g_assert_cmpstr (xc_unit_get_name (xc_test_unit (xc_document_get_programme (document), "u-tcm")),
                   ==, "unsaved work");
  xc_test_assert_same_design (xc_document_get_programme (document), fixture->programme);

  /* Discarding the recovered document removes its draft files. */
  xc_document_discard_draft (document);
  g_assert_false (g_file_test (design_path, G_FILE_TEST_EXISTS));
  g_assert_false (g_file_test (info_path, G_FILE_TEST_EXISTS));

  /* Saving the other one removes its draft. */
  for (guint i = 0; i < recovered->len; i++)
    if (g_ptr_array_index (recovered, i) != document)
      g_assert_true (xc_document_save (g_ptr_array_index (recovered, i), NULL, NULL, &error));
  g_assert_no_error (error);

  none = xc_document_recover_drafts (&error);
  g_assert_no_error (error);
  g_assert_cmpuint (none->len, ==, 0);
}

static void
test_draft_of_a_new_design (void)
{
  g_autoptr(XcProgramme) programme = xc_programme_new_for_scheme ("zibo-station");
  g_autoptr(XcDocument) document = xc_document_new (programme, NULL);
  g_autoptr(GPtrArray) recovered = NULL;
  g_autoptr(GError) error = NULL;
  XcDocument *back;

  xc_programme_set_title (programme, "新方案");
  g_assert_true (xc_document_write_draft (document, &error));
  g_assert_no_error (error);

  recovered = xc_document_recover_drafts (&error);
  g_assert_no_error (error);
  g_assert_cmpuint (recovered->len, ==, 1);
  back = g_ptr_array_index (recovered, 0);
  g_assert_null (xc_document_get_file (back));
  g_assert_cmpstr (xc_document_get_title (back), ==, "新方案");
  g_assert_true (xc_document_get_modified (back));
  xc_document_discard_draft (back);
}

static void
test_corrupt_draft_is_kept_aside (Fixture       *fixture,
                                  gconstpointer  data)
{
  g_autoptr(XcDocument) other = xc_document_new (fixture->programme, NULL);
  g_autoptr(GPtrArray) recovered = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *corrupt_path = NULL;
  g_autofree char *broken_path = NULL;
  g_autofree char *kept = NULL;

  g_assert_true (xc_document_write_draft (fixture->document, &error));
  g_assert_true (xc_document_write_draft (other, &error));
  g_assert_no_error (error);

  corrupt_path = draft_file (fixture->document, ".xcprog");
  broken_path = g_strconcat (corrupt_path, ".broken", NULL);
  g_assert_true (g_file_set_contents (corrupt_path, "{\"format\": \"xiachen-pro", -1, NULL));

  g_test_expect_message ("xc-document", G_LOG_LEVEL_WARNING, "*cannot be read*.broken*");
  recovered = xc_document_recover_drafts (&error);
  g_test_assert_expected_messages ();
  g_assert_no_error (error);

  g_assert_cmpuint (recovered->len, ==, 1);
  g_assert_cmpstr (xc_document_get_draft_id (g_ptr_array_index (recovered, 0)), ==,
                   xc_document_get_draft_id (other));
  g_assert_false (g_file_test (corrupt_path, G_FILE_TEST_EXISTS));
  g_assert_true (g_file_get_contents (broken_path, &kept, NULL, NULL));
  g_assert_cmpstr (kept, ==, "{\"format\": \"xiachen-pro");

  xc_document_discard_draft (other);
  g_unlink (broken_path);
}

static void
test_save_discards_the_draft (Fixture       *fixture,
                              gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *design_path = NULL;

  xc_programme_set_title (fixture->programme, "edited");
  g_assert_true (xc_document_write_draft (fixture->document, &error));
  design_path = draft_file (fixture->document, ".xcprog");
  g_assert_true (g_file_test (design_path, G_FILE_TEST_EXISTS));

  g_assert_true (xc_document_save (fixture->document, NULL, NULL, &error));
  g_assert_no_error (error);
  g_assert_false (g_file_test (design_path, G_FILE_TEST_EXISTS));
}

static void
test_copy_is_independent (void)
{
  g_autoptr(XcProgramme) programme = xc_test_load_data ("huizhou-minimal.xcprog");
  g_autoptr(XcProgramme) copy = NULL;
  guint original_changes = 0, copy_changes = 0;

  /* Loaded collections are part of the copy too. */
  g_list_store_remove (G_LIST_STORE (xc_unit_get_team (xc_test_unit (programme, "u-tcm"))), 0);
  copy = xc_programme_copy (programme);
  xc_test_assert_same_design (programme, copy);
  g_assert_cmpuint (g_list_model_get_n_items (xc_unit_get_team (xc_test_unit (copy, "u-tcm"))),
                    ==, 1);

  g_signal_connect (programme, "changed", G_CALLBACK (count_cb), &original_changes);
  g_signal_connect (copy, "changed", G_CALLBACK (count_cb), &copy_changes);

  xc_unit_set_name (xc_test_unit (copy, "u-tcm"), "copy only");
  xc_test_set_ext_string (XC_RECORD (xc_test_unit (copy, "u-western")), "note", "copy note");
  g_assert_cmpstr (xc_unit_get_name (xc_test_unit (programme, "u-tcm")), !=, "copy only");
  g_assert_cmpstr (xc_record_get_ext_string (XC_RECORD (xc_test_unit (programme, "u-western")), "note"),
                   ==, "kept on round trip");
  g_assert_cmpuint (original_changes, ==, 0);
  g_assert_cmpuint (copy_changes, ==, 2);

  xc_programme_set_title (programme, "original only");
  g_assert_cmpstr (xc_programme_get_title (copy), !=, "original only");
  g_assert_cmpuint (copy_changes, ==, 2);

  g_assert_finalize_object (g_steal_pointer (&copy));
}

static void
test_unique_ids (void)
{
  g_autoptr(XcProgramme) programme = xc_test_load_data ("huizhou-minimal.xcprog");
  g_autoptr(XcUnit) unit = xc_unit_new ();
  g_autofree char *first = xc_programme_make_unique_id (programme, "u");
  g_autofree char *second = NULL;
  g_autofree char *person_id = NULL;
  g_autofree char *town_id = NULL;

  g_assert_cmpstr (first, ==, "u-1");
  xc_unit_set_id (unit, first);
  g_list_store_append (G_LIST_STORE (xc_programme_get_units (programme)), unit);
  second = xc_programme_make_unique_id (programme, "u");
  g_assert_cmpstr (second, ==, "u-2");

  /* Any collection's ids count, whatever the prefix names. */
  xc_person_set_id (xc_test_person (programme, "p-team-t1"), "x-1");
  xc_institution_set_id (xc_test_institution (programme, "i-hc-b"), "x-2");
  person_id = xc_programme_make_unique_id (programme, "x");
  g_assert_cmpstr (person_id, ==, "x-3");
  town_id = xc_programme_make_unique_id (programme, "t");
  g_assert_cmpstr (town_id, ==, "t-1");
}

static void
test_duplicate_keeps_ext (void)
{
  g_autoptr(XcProgramme) programme = xc_test_load_data ("huizhou-minimal.xcprog");
  XcUnit *unit = xc_test_unit (programme, "u-western");
  g_autoptr(XcRecord) duplicate = NULL;
  g_autofree char *id = NULL;
  guint changes = 0;

  JsonObject *json;

  g_signal_connect (programme, "changed", G_CALLBACK (count_cb), &changes);
  /* a loaded, edited team is duplicated as it is now */
  g_list_store_remove (G_LIST_STORE (xc_unit_get_team (unit)), 0);
  changes = 0;

  duplicate = xc_record_duplicate (XC_RECORD (unit));
  g_assert_true (XC_IS_UNIT (duplicate));
  g_assert_cmpstr (xc_unit_get_id (XC_UNIT (duplicate)), ==, "u-western");
  g_assert_cmpstr (xc_record_get_ext_string (duplicate, "note"), ==, "kept on round trip");
  g_assert_cmpuint (g_list_model_get_n_items (xc_unit_get_team (XC_UNIT (duplicate))), ==, 1);
  g_assert_cmpuint (g_list_model_get_n_items (xc_unit_get_commitments (XC_UNIT (duplicate))), ==,
                    g_list_model_get_n_items (xc_unit_get_commitments (unit)));
  json = xc_record_get_json (duplicate);
  g_assert_true (json_object_get_object_member (json, "ext")
                 != json_object_get_object_member (xc_record_get_json (XC_RECORD (unit)), "ext"));

  /* Not in the design: its changes are its own. */
  xc_test_set_ext_string (duplicate, "note", "duplicate");
  xc_unit_set_name (XC_UNIT (duplicate), "copy");
  g_assert_cmpuint (changes, ==, 0);
  g_assert_cmpstr (xc_record_get_ext_string (XC_RECORD (unit), "note"), ==, "kept on round trip");

  id = xc_programme_make_unique_id (programme, "u");
  xc_unit_set_id (XC_UNIT (duplicate), id);
  g_list_store_append (G_LIST_STORE (xc_programme_get_units (programme)), duplicate);
  g_assert_true (xc_programme_lookup_unit (programme, id) == XC_UNIT (duplicate));
  g_assert_cmpuint (changes, ==, 1);
}


/* Issue 9 item 6: undo and redo, headless. */

static void
test_undo_typing_is_one_step (Fixture       *fixture,
                              gconstpointer  data)
{
  XcProgramme *programme = fixture->programme;
  g_autofree char *original = g_strdup (xc_programme_get_title (programme));
  guint can_undo_notifies = 0;

  g_signal_connect (fixture->document, "notify::can-undo", G_CALLBACK (count_notify_cb),
                    &can_undo_notifies);
  g_assert_false (xc_document_can_undo (fixture->document));
  g_assert_false (xc_document_undo (fixture->document));

  /* a burst of typing in one field */
  xc_programme_set_title (programme, "惠");
  xc_programme_set_title (programme, "惠州");
  xc_programme_set_title (programme, "惠州名医");
  g_assert_true (xc_document_can_undo (fixture->document));
  g_assert_cmpuint (can_undo_notifies, ==, 1);
  g_assert_cmpuint (xc_document_get_undo_depth (fixture->document), ==, 1);

  /* another field is another step */
  xc_programme_set_months (programme, 36);
  g_assert_cmpuint (xc_document_get_undo_depth (fixture->document), ==, 2);

  g_assert_true (xc_document_undo (fixture->document));
  g_assert_cmpint (xc_programme_get_months (programme), !=, 36);
  g_assert_cmpstr (xc_programme_get_title (programme), ==, "惠州名医");
  g_assert_true (xc_document_undo (fixture->document));
  g_assert_cmpstr (xc_programme_get_title (programme), ==, original);
  g_assert_false (xc_document_can_undo (fixture->document));
  g_assert_true (xc_document_can_redo (fixture->document));

  g_assert_true (xc_document_redo (fixture->document));
  g_assert_cmpstr (xc_programme_get_title (programme), ==, "惠州名医");
  g_assert_true (xc_document_redo (fixture->document));
  g_assert_cmpint (xc_programme_get_months (programme), ==, 36);
  g_assert_false (xc_document_can_redo (fixture->document));

  /* a new edit after an undo forgets what was undone */
  g_assert_true (xc_document_undo (fixture->document));
  xc_programme_set_title (programme, "另一个标题");
  g_assert_false (xc_document_can_redo (fixture->document));
}

static void
test_undo_back_to_saved_is_unmodified (Fixture       *fixture,
                                       gconstpointer  data)
{
  XcProgramme *programme = fixture->programme;
  g_autoptr(GError) error = NULL;

  xc_programme_set_title (programme, "保存前");
  g_assert_true (xc_document_save (fixture->document, NULL, NULL, &error));
  g_assert_no_error (error);
  g_assert_false (xc_document_get_modified (fixture->document));

  xc_programme_set_title (programme, "保存后");
  g_assert_true (xc_document_get_modified (fixture->document));
  g_assert_true (xc_document_undo (fixture->document));
  g_assert_cmpstr (xc_programme_get_title (programme), ==, "保存前");
  g_assert_false (xc_document_get_modified (fixture->document));
  g_assert_true (xc_document_undo (fixture->document));
  g_assert_true (xc_document_get_modified (fixture->document));
  g_assert_true (xc_document_redo (fixture->document));
  g_assert_false (xc_document_get_modified (fixture->document));

  /* the saved state undone, then a new edit: it cannot come back */
  g_assert_true (xc_document_undo (fixture->document));
  xc_programme_set_months (programme, 60);
  g_assert_true (xc_document_undo (fixture->document));
  g_assert_true (xc_document_get_modified (fixture->document));
}

static void
test_undo_restores_absent_members (Fixture       *fixture,
                                   gconstpointer  data)
{
  XcProgramme *programme = fixture->programme;
  g_autoptr(GBytes) before = xc_programme_to_bytes (programme);
  g_autoptr(GBytes) after = NULL;
  g_autofree char *before_text = NULL;
  g_autofree char *after_text = NULL;
  double total;

  g_assert_false (xc_programme_get_budget_total (programme, NULL));
  g_object_set (programme, "budget-total", 1200000.0, NULL);
  xc_record_set_ext_member (XC_RECORD (programme), "note", json_node_init_string (json_node_alloc (), "备注"));
  g_assert_true (xc_programme_get_budget_total (programme, &total));

  g_assert_true (xc_document_undo (fixture->document));
  g_assert_true (xc_document_undo (fixture->document));
  g_assert_false (xc_programme_get_budget_total (programme, NULL));
  g_assert_null (xc_record_get_ext_member (XC_RECORD (programme), "note"));
  /* the design it was, member for member in the same order (the text is
   * written anew: the programme was changed) */
  after = xc_programme_to_bytes (programme);
  before_text = xc_test_canonical_json (before);
  after_text = xc_test_canonical_json (after);
  g_assert_cmpstr (before_text, ==, after_text);
}

static void
test_undo_added_and_removed_records (Fixture       *fixture,
                                     gconstpointer  data)
{
  XcProgramme *programme = fixture->programme;
  GListStore *units = G_LIST_STORE (xc_programme_get_units (programme));
  guint n_units = g_list_model_get_n_items (G_LIST_MODEL (units));
  g_autoptr(XcUnit) unit = xc_unit_new ();
  g_autoptr(XcUnit) first = g_list_model_get_item (G_LIST_MODEL (units), 0);

  xc_unit_set_id (unit, "u-new");
  g_list_store_append (units, unit);
  g_assert_true (xc_document_undo (fixture->document));
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (units)), ==, n_units);
  g_assert_null (xc_programme_lookup_unit (programme, "u-new"));
  g_assert_true (xc_document_redo (fixture->document));
  g_assert_true (xc_programme_lookup_unit (programme, "u-new") == unit);

  /* removed, then back at its place, the same record */
  g_list_store_remove (units, 0);
  g_assert_false (g_list_store_find (units, first, NULL));
  g_assert_true (xc_document_undo (fixture->document));
  {
    g_autoptr(XcUnit) again = g_list_model_get_item (G_LIST_MODEL (units), 0);

    g_assert_true (again == first);
  }
  /* an edit of a unit, undone */
  xc_unit_set_name (first, "改名");
  g_assert_true (xc_document_undo (fixture->document));
  g_assert_cmpstr (xc_unit_get_name (first), !=, "改名");
}

static void
test_undo_nested_lists (Fixture       *fixture,
                        gconstpointer  data)
{
  XcProgramme *programme = fixture->programme;
  g_autoptr(XcUnit) unit = g_list_model_get_item (xc_programme_get_units (programme), 0);
  GListStore *team = G_LIST_STORE (xc_unit_get_team (unit));
  guint n_team = g_list_model_get_n_items (G_LIST_MODEL (team));
  g_autoptr(XcTeamMember) member = xc_team_member_new ();
  gpointer additions[] = { member };

  xc_record_splice_list (XC_RECORD (unit), team, n_team, 0, additions, 1);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (team)), ==, n_team + 1);
  g_assert_true (xc_document_undo (fixture->document));
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (team)), ==, n_team);
  g_assert_true (xc_document_redo (fixture->document));
  g_assert_true (g_list_store_find (team, member, NULL));

  /* removed, and back the same */
  xc_record_splice_list (XC_RECORD (unit), team, n_team, 1, NULL, 0);
  g_assert_false (g_list_store_find (team, member, NULL));
  g_assert_true (xc_document_undo (fixture->document));
  g_assert_true (g_list_store_find (team, member, NULL));
}

static void
test_undo_deviations_and_groups (Fixture       *fixture,
                                 gconstpointer  data)
{
  XcProgramme *programme = fixture->programme;
  GListModel *deviations = xc_programme_get_deviations (programme);
  g_autoptr(XcReport) report = xc_test_validate (programme);
  guint n_deviations = g_list_model_get_n_items (deviations);
  XcDeviation *deviation;
  XcFinding *finding = NULL;

  for (guint i = 0; finding == NULL && i < g_list_model_get_n_items (G_LIST_MODEL (report)); i++)
    {
      g_autoptr(XcFinding) candidate = g_list_model_get_item (G_LIST_MODEL (report), i);

      if (!xc_finding_is_accepted (candidate))
        finding = candidate;
    }
  g_assert_nonnull (finding);

  deviation = xc_programme_accept_finding (programme, finding, "理由");
  g_assert_cmpuint (g_list_model_get_n_items (deviations), ==, n_deviations + 1);
  g_assert_true (xc_document_undo (fixture->document));
  g_assert_cmpuint (g_list_model_get_n_items (deviations), ==, n_deviations);
  g_assert_true (xc_document_redo (fixture->document));
  g_assert_cmpuint (g_list_model_get_n_items (deviations), ==, n_deviations + 1);

  g_assert_true (xc_programme_withdraw_deviation (programme, deviation));
  g_assert_true (xc_document_undo (fixture->document));
  g_assert_cmpuint (g_list_model_get_n_items (deviations), ==, n_deviations + 1);

  /* a group is one step */
  xc_document_begin_group (fixture->document);
  xc_programme_set_title (programme, "一");
  xc_programme_set_months (programme, 48);
  g_assert_true (xc_programme_withdraw_deviation (programme, deviation));
  xc_document_end_group (fixture->document);
  g_assert_true (xc_document_undo (fixture->document));
  g_assert_cmpstr (xc_programme_get_title (programme), !=, "一");
  g_assert_cmpint (xc_programme_get_months (programme), !=, 48);
  g_assert_cmpuint (g_list_model_get_n_items (deviations), ==, n_deviations + 1);
}

/* Lookups by id follow an id's change and its undo; another open design's
 * lookups are not this one's business. */
static void
test_lookups_follow_ids_and_undo (Fixture       *fixture,
                                  gconstpointer  data)
{
  XcProgramme *programme = fixture->programme;
  g_autoptr(XcProgramme) other = xc_test_load_data ("huizhou-minimal.xcprog");
  XcPerson *person = xc_programme_lookup_person (programme, "p-team-t1");
  XcPerson *other_person = xc_programme_lookup_person (other, "p-team-t1");

  g_assert_nonnull (person);
  xc_person_set_id (person, "p-renamed");
  g_assert_true (xc_programme_lookup_person (programme, "p-renamed") == person);
  g_assert_null (xc_programme_lookup_person (programme, "p-team-t1"));
  g_assert_true (xc_programme_lookup_person (other, "p-team-t1") == other_person);

  g_assert_true (xc_document_undo (fixture->document));
  g_assert_cmpstr (xc_person_get_id (person), ==, "p-team-t1");
  g_assert_true (xc_programme_lookup_person (programme, "p-team-t1") == person);
  g_assert_null (xc_programme_lookup_person (programme, "p-renamed"));
}

/* A draft written by a worker: the design as it was when asked for, even
 * if it changes meanwhile; and a drafts folder that cannot be made is an
 * error naming it, the design untouched. */
static void
test_draft_written_in_background (Fixture       *fixture,
                                  gconstpointer  data)
{
  const char *dir = xc_document_get_drafts_dir ();
  g_autofree char *aside = g_strconcat (dir, ".aside", NULL);
  g_autofree char *design_path = NULL;
  g_autoptr(XcProgramme) kept = NULL;
  g_autoptr(GFile) kept_file = NULL;
  g_autoptr(GError) error = NULL;
  XcTestAsync async = { FALSE, NULL };
  gboolean had_dir;

  xc_programme_set_title (fixture->programme, "草稿之时");
  xc_document_write_draft_async (fixture->document, NULL, xc_test_async_done, &async);
  xc_programme_set_title (fixture->programme, "之后的修改");
  g_assert_true (xc_document_write_draft_finish (fixture->document, xc_test_async_wait (&async),
                                                 &error));
  g_assert_no_error (error);
  g_clear_object (&async.result);
  design_path = draft_file (fixture->document, ".xcprog");
  kept_file = g_file_new_for_path (design_path);
  kept = xc_programme_new_from_file (kept_file, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (xc_programme_get_title (kept), ==, "草稿之时");

  /* a file where the drafts folder should be */
  had_dir = g_file_test (dir, G_FILE_TEST_IS_DIR);
  if (had_dir)
    g_assert_cmpint (g_rename (dir, aside), ==, 0);
  g_file_set_contents (dir, "not a folder", -1, &error);
  g_assert_no_error (error);
  async = (XcTestAsync) { FALSE, NULL };
  xc_document_write_draft_async (fixture->document, NULL, xc_test_async_done, &async);
  g_assert_false (xc_document_write_draft_finish (fixture->document, xc_test_async_wait (&async),
                                                  &error));
  g_assert_nonnull (error);
  g_assert_nonnull (strstr (error->message, dir));
  g_clear_object (&async.result);
  g_assert_cmpstr (xc_programme_get_title (fixture->programme), ==, "之后的修改");
  g_assert_cmpint (g_unlink (dir), ==, 0);
  if (had_dir)
    g_assert_cmpint (g_rename (aside, dir), ==, 0);
}

/* A worker must not hold the last reference to the object it works for:
 * once the caller has its result and lets go, the object is gone, on the
 * caller's thread. g_task_run_in_thread() alone fails this now and then, so
 * it is tried many times. */
static void
test_workers_keep_nothing_alive (void)
{
  g_autoptr(GBytes) bytes = NULL;

  for (guint i = 0; i < 100; i++)
    {
      g_autoptr(XcProgramme) programme = xc_test_load_data ("huizhou-minimal.xcprog");
      XcDocument *document = xc_document_new (programme, NULL);
      XcValidator *validator = xc_validator_new (xc_test_get_registry ());
      XcTestAsync async = { FALSE, NULL };
      g_autoptr(XcReport) report = NULL;
      g_autoptr(GError) error = NULL;

      xc_document_write_draft_async (document, NULL, xc_test_async_done, &async);
      g_assert_true (xc_document_write_draft_finish (document, xc_test_async_wait (&async),
                                                     &error));
      g_assert_no_error (error);
      g_clear_object (&async.result);
      xc_document_discard_draft (document);
      g_assert_finalize_object (document);

      if (bytes == NULL)
        bytes = xc_programme_to_bytes (programme);
      async = (XcTestAsync) { FALSE, NULL };
      xc_validator_check_bytes_async (validator, bytes, "design", NULL, xc_test_async_done,
                                      &async);
      report = xc_validator_check_bytes_finish (validator, xc_test_async_wait (&async), &error);
      g_assert_no_error (error);
      g_assert_nonnull (report);
      g_clear_object (&async.result);
      g_assert_finalize_object (validator);
    }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

#define ADD(path, func) g_test_add ((path), Fixture, NULL, fixture_set_up, (func), fixture_tear_down)
  ADD ("/core/document/new-document-is-unmodified", test_new_document_is_unmodified);
  ADD ("/core/document/lookups-follow-ids-and-undo", test_lookups_follow_ids_and_undo);
  ADD ("/core/document/draft-written-in-background", test_draft_written_in_background);
  ADD ("/core/document/team-member-change-modifies", test_team_member_change_modifies);
  ADD ("/core/document/every-kind-of-record-reports", test_every_kind_of_record_reports);
  ADD ("/core/document/appended-unit-is-tracked", test_appended_unit_is_tracked);
  ADD ("/core/document/record-outside-a-design-reports-nothing",
       test_record_outside_a_design_reports_nothing);
  ADD ("/core/document/save-clears-modified", test_save_clears_modified);
  ADD ("/core/document/save-as-changes-file-and-title", test_save_as_changes_file_and_title);
  ADD ("/core/document/save-is-atomic", test_save_is_atomic);
  ADD ("/core/document/failed-save-names-the-file", test_failed_save_names_the_file);
  ADD ("/core/document/save-async", test_save_async);
  ADD ("/core/document/failed-save-async-keeps-modified", test_failed_save_async_keeps_modified);
  ADD ("/core/document/load-async", test_load_async);
  ADD ("/core/document/draft-recovers-after-a-crash", test_draft_recovers_after_a_crash);
  ADD ("/core/document/corrupt-draft-is-kept-aside", test_corrupt_draft_is_kept_aside);
  ADD ("/core/document/save-discards-the-draft", test_save_discards_the_draft);
#undef ADD
  g_test_add_func ("/core/document/records-outliving-the-design-are-safe",
                   test_records_outliving_the_design_are_safe);
  g_test_add_func ("/core/document/title-of-a-new-design", test_title_of_a_new_design);
  g_test_add_func ("/core/document/workers-keep-nothing-alive", test_workers_keep_nothing_alive);
  g_test_add_func ("/core/document/drafts-dir-follows-xdg-state-home",
                   test_drafts_dir_follows_xdg_state_home);
  g_test_add_func ("/core/document/draft-of-a-new-design", test_draft_of_a_new_design);
  g_test_add_func ("/core/document/copy-is-independent", test_copy_is_independent);
  g_test_add_func ("/core/document/unique-ids", test_unique_ids);
  g_test_add_func ("/core/document/duplicate-keeps-ext", test_duplicate_keeps_ext);
  g_test_add ("/core/document/undo-typing-is-one-step", Fixture, NULL, fixture_set_up,
              test_undo_typing_is_one_step, fixture_tear_down);
  g_test_add ("/core/document/undo-back-to-saved-is-unmodified", Fixture, NULL, fixture_set_up,
              test_undo_back_to_saved_is_unmodified, fixture_tear_down);
  g_test_add ("/core/document/undo-restores-absent-members", Fixture, NULL, fixture_set_up,
              test_undo_restores_absent_members, fixture_tear_down);
  g_test_add ("/core/document/undo-added-and-removed-records", Fixture, NULL, fixture_set_up,
              test_undo_added_and_removed_records, fixture_tear_down);
  g_test_add ("/core/document/undo-nested-lists", Fixture, NULL, fixture_set_up,
              test_undo_nested_lists, fixture_tear_down);
  g_test_add ("/core/document/undo-deviations-and-groups", Fixture, NULL, fixture_set_up,
              test_undo_deviations_and_groups, fixture_tear_down);

  return g_test_run ();
}
