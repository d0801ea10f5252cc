/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The model's contract with the UI: properties that notify once per real
 * change, collections as list models, id lookups that follow edits. */
#include "config.h"

#include "xc-test-util.h"

static void
count_notify_cb (GObject    *object,
                 GParamSpec *pspec,
                 guint      *count)
{
  (*count)++;
}

static void
count_items_changed_cb (GListModel *list,
                        guint       position,
                        guint       removed,
                        guint       added,
                        guint      *count)
{
  (*count)++;
}

static void
test_setter_notifies_once_per_change (void)
{
  g_autoptr(XcProgramme) programme = xc_test_load_data ("huizhou-minimal.xcprog");
  XcUnit *unit = xc_test_unit (programme, "u-tcm");
  guint host_changes = 0, any_changes = 0;

  g_signal_connect (unit, "notify::host", G_CALLBACK (count_notify_cb), &host_changes);
  g_signal_connect (unit, "notify", G_CALLBACK (count_notify_cb), &any_changes);

  xc_unit_set_host (unit, "i-hc-b");
  g_assert_cmpuint (host_changes, ==, 1);
  g_assert_cmpstr (xc_unit_get_host (unit), ==, "i-hc-b");

  /* the same value again: no notification */
  xc_unit_set_host (unit, "i-hc-b");
  g_assert_cmpuint (host_changes, ==, 1);

  g_object_set (unit, "host", "i-hc-a", NULL);
  g_assert_cmpuint (host_changes, ==, 2);
  g_assert_cmpuint (any_changes, ==, 2);
}

static void
test_nested_member_property (void)
{
  g_autoptr(XcUnit) unit = xc_unit_new ();
  JsonObject *facilities;
  guint changes = 0;
  double room;

  g_signal_connect (unit, "notify::teaching-room-m2", G_CALLBACK (count_notify_cb), &changes);
  g_assert_cmpfloat (xc_unit_get_teaching_room_m2 (unit), ==, -1);

  xc_unit_set_teaching_room_m2 (unit, 18.5);
  g_assert_cmpuint (changes, ==, 1);
  facilities = json_object_get_object_member (xc_record_get_json (XC_RECORD (unit)), "facilities");
  g_assert_nonnull (facilities);
  g_assert_cmpfloat (json_object_get_double_member (facilities, "teaching_room_m2"), ==, 18.5);

  g_object_get (unit, "teaching-room-m2", &room, NULL);
  g_assert_cmpfloat (room, ==, 18.5);
}

static void
test_string_array_property (void)
{
  g_autoptr(XcUnit) unit = xc_unit_new ();
  const char *services[] = { "referral_booking", "green_channel", NULL };
  guint changes = 0;

  g_signal_connect (unit, "notify::services", G_CALLBACK (count_notify_cb), &changes);
  g_assert_cmpuint (g_strv_length ((char **) xc_unit_get_services (unit)), ==, 0);

  xc_unit_set_services (unit, services);
  xc_unit_set_services (unit, services);
  g_assert_cmpuint (changes, ==, 1);
  g_assert_true (xc_unit_has_service (unit, "green_channel"));
  g_assert_false (xc_unit_has_service (unit, "remote_lab"));
}

static void
test_lookup_follows_id_changes (void)
{
  g_autoptr(XcProgramme) programme = xc_test_load_data ("huizhou-minimal.xcprog");
  XcPerson *mentor = xc_programme_lookup_person (programme, "p-mentor-t");

  g_assert_nonnull (mentor);
  xc_person_set_id (mentor, "p-renamed");
  g_assert_null (xc_programme_lookup_person (programme, "p-mentor-t"));
  g_assert_true (xc_programme_lookup_person (programme, "p-renamed") == mentor);
}

/* An institution's county is its own, else its town's. */
static void
test_institution_county_falls_back_to_its_town (void)
{
  g_autoptr(XcProgramme) programme = xc_test_load_data ("huizhou-minimal.xcprog");
  XcInstitution *centre = xc_programme_lookup_institution (programme, "i-hc-a");

  g_assert_cmpstr (xc_programme_get_institution_county (programme, centre), ==, "博罗县");
  xc_town_set_county (xc_programme_lookup_town (programme, "t-a"), "龙门县");
  g_assert_cmpstr (xc_programme_get_institution_county (programme, centre), ==, "博罗县");
  xc_institution_set_county (centre, NULL);
  g_assert_cmpstr (xc_programme_get_institution_county (programme, centre), ==, "龙门县");
  xc_institution_set_town (centre, "t-nowhere");
  g_assert_null (xc_programme_get_institution_county (programme, centre));
  g_assert_null (xc_programme_get_institution_county (programme, NULL));
}

static void
test_lookup_follows_collection_changes (void)
{
  g_autoptr(XcProgramme) programme = xc_test_load_data ("huizhou-minimal.xcprog");
  GListStore *units = G_LIST_STORE (xc_programme_get_units (programme));
  g_autoptr(XcUnit) unit = xc_unit_new ();
  guint items_changed = 0;

  g_signal_connect (units, "items-changed", G_CALLBACK (count_items_changed_cb), &items_changed);
  g_assert_nonnull (xc_programme_lookup_unit (programme, "u-tcm"));

  xc_unit_set_id (unit, "u-new");
  g_list_store_append (units, unit);
  g_assert_true (xc_programme_lookup_unit (programme, "u-new") == unit);

  g_list_store_remove (units, 0);
  g_assert_null (xc_programme_lookup_unit (programme, "u-tcm"));
  g_assert_cmpuint (items_changed, ==, 2);
}

static void
test_programme_finalizes (void)
{
  XcProgramme *programme = xc_test_load_data ("huizhou-minimal.xcprog");
  g_autoptr(XcIndicators) indicators = xc_indicators_new_for_programme (programme);
  g_autoptr(XcReport) report = xc_test_validate (programme);
  double units;

  /* Nothing the rules or indicators did keeps the design alive. */
  g_assert_true (xc_indicators_get_value (indicators, XC_INDICATOR_UNITS, &units));
  g_assert_cmpfloat (units, >, 0);
  g_assert_nonnull (report);
  g_assert_finalize_object (programme);
}

static void
test_ext_members (void)
{
  g_autoptr(XcProgramme) programme = xc_test_load_data ("huizhou-minimal.xcprog");
  XcRecord *unit = XC_RECORD (xc_test_unit (programme, "u-western"));
  double value;

  g_assert_cmpstr (xc_record_get_ext_string (unit, "note"), ==, "kept on round trip");
  g_assert_false (xc_record_get_ext_number (unit, "signed", NULL));

  xc_record_set_ext_member (unit, "signed", json_node_init_int (json_node_alloc (), 14));
  g_assert_true (xc_record_get_ext_number (unit, "signed", &value));
  g_assert_cmpfloat (value, ==, 14);
  xc_record_set_ext_member (unit, "signed", NULL);
  g_assert_false (xc_record_get_ext_number (unit, "signed", NULL));
}

static void
test_absent_number_is_removed_not_written (void)
{
  g_autoptr(XcProgramme) programme = xc_test_load_data ("huizhou-minimal.xcprog");
  XcUnit *unit = xc_test_unit (programme, "u-tcm");
  JsonObject *json = xc_record_get_json (XC_RECORD (unit));
  guint changes = 0;

  g_signal_connect (unit, "notify::months", G_CALLBACK (count_notify_cb), &changes);
  xc_unit_set_months (unit, 12);
  g_assert_true (json_object_has_member (json, "months"));

  /* -1 reads as absent; setting it removes the member */
  xc_unit_set_months (unit, -1);
  g_assert_false (json_object_has_member (json, "months"));
  g_assert_cmpint (xc_unit_get_months (unit), ==, -1);
  g_assert_cmpuint (changes, ==, 2);

  /* already absent: nothing changes, nothing is written */
  xc_unit_set_months (unit, -1);
  g_assert_false (json_object_has_member (json, "months"));
  g_assert_cmpuint (changes, ==, 2);
}

static void
test_finding_path_names_its_property (void)
{
  g_autoptr(XcUnit) unit = xc_unit_new ();

  g_assert_cmpstr (xc_record_find_property_for_path (XC_RECORD (unit), "facilities.teaching_room_m2"),
                   ==, "teaching-room-m2");
  g_assert_cmpstr (xc_record_find_property_for_path (XC_RECORD (unit), "learners[1]"), ==, "learners");
  g_assert_cmpstr (xc_record_find_property_for_path (XC_RECORD (unit), "host"), ==, "host");
  g_assert_null (xc_record_find_property_for_path (XC_RECORD (unit), "ext.signed"));
}

static void
count_cb (gpointer  instance,
          guint    *count)
{
  (*count)++;
}

/* "changed" fires once per real change, the notify contract's twin. */
static void
test_programme_changed_once_per_change (void)
{
  g_autoptr(XcProgramme) programme = xc_test_load_data ("huizhou-minimal.xcprog");
  XcUnit *unit = xc_test_unit (programme, "u-tcm");
  guint changes = 0;

  g_signal_connect (programme, "changed", G_CALLBACK (count_cb), &changes);
  xc_unit_set_host (unit, "i-hc-b");
  xc_unit_set_host (unit, "i-hc-b");
  g_assert_cmpuint (changes, ==, 1);
  g_object_set (unit, "host", "i-hc-a", "months", (gint64) 12, NULL);
  g_assert_cmpuint (changes, ==, 3);
  xc_programme_set_months (programme, 30);
  g_assert_cmpuint (changes, ==, 4);
  g_list_store_remove (G_LIST_STORE (xc_programme_get_units (programme)), 1);
  g_assert_cmpuint (changes, ==, 5);
}

/* The design as bytes now, read back. */
static XcProgramme *
reread (XcProgramme *programme,
        GBytes     **bytes)
{
  g_autoptr(GError) error = NULL;
  XcProgramme *copy;

  g_clear_pointer (bytes, g_bytes_unref);
  *bytes = xc_programme_to_bytes (programme);
  copy = xc_programme_new_from_bytes (*bytes, "reread", &error);
  g_assert_no_error (error);
  return copy;
}

/* xc_programme_to_bytes() serialises once per change (the check, the
 * draft and the save of one edit share it): every kind of edit, down to a
 * team member and an ext member, is in the next bytes. */
static void
test_bytes_follow_every_edit (void)
{
  g_autoptr(XcProgramme) programme = xc_test_load_data ("huizhou-minimal.xcprog");
  XcUnit *unit = xc_test_unit (programme, "u-tcm");
  g_autoptr(XcTeamMember) member = g_list_model_get_item (xc_unit_get_team (unit), 0);
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GBytes) again = NULL;
  XcProgramme *copy;

  g_object_unref (reread (programme, &bytes));
  again = xc_programme_to_bytes (programme);
  g_assert_true (again == bytes);

  xc_unit_set_host (unit, "i-hc-b");
  copy = reread (programme, &bytes);
  g_assert_cmpstr (xc_unit_get_host (xc_test_unit (copy, "u-tcm")), ==, "i-hc-b");
  g_object_unref (copy);

  xc_team_member_set_residency_months (member, 7);
  copy = reread (programme, &bytes);
  {
    g_autoptr(XcTeamMember) read_back =
      g_list_model_get_item (xc_unit_get_team (xc_test_unit (copy, "u-tcm")), 0);

    g_assert_cmpint (xc_team_member_get_residency_months (read_back), ==, 7);
  }
  g_object_unref (copy);

  xc_record_set_ext_member (XC_RECORD (unit), "note",
                            json_node_init_string (json_node_alloc (), "kept"));
  copy = reread (programme, &bytes);
  g_assert_cmpstr (xc_record_get_ext_string (XC_RECORD (xc_test_unit (copy, "u-tcm")), "note"), ==,
                   "kept");
  g_object_unref (copy);

  g_list_store_remove (G_LIST_STORE (xc_programme_get_units (programme)), 0);
  copy = reread (programme, &bytes);
  g_assert_cmpuint (g_list_model_get_n_items (xc_programme_get_units (copy)), ==,
                    g_list_model_get_n_items (xc_programme_get_units (programme)));
  g_object_unref (copy);
}

/* A report of tens of thousands of findings is let go of in a worker, so
 * freeing it does not hold up the window. */
static void
test_unref_in_worker (void)
{
  g_autoptr(XcProgramme) programme = xc_test_load_sample ("zibo-stations.xcprog");
  XcReport *report = xc_test_validate (programme);
  XcTestFreeing *freeing = xc_test_watch_freeing (report);

  xc_object_unref_in_worker (report);
  g_assert_true (xc_test_wait_freed (freeing) != g_thread_self ());
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/core/model/setter-notifies-once-per-change", test_setter_notifies_once_per_change);
  g_test_add_func ("/core/model/nested-member-property", test_nested_member_property);
  g_test_add_func ("/core/model/string-array-property", test_string_array_property);
  g_test_add_func ("/core/model/lookup-follows-id-changes", test_lookup_follows_id_changes);
  g_test_add_func ("/core/model/institution-county-falls-back-to-its-town",
                   test_institution_county_falls_back_to_its_town);
  g_test_add_func ("/core/model/lookup-follows-collection-changes", test_lookup_follows_collection_changes);
  g_test_add_func ("/core/model/programme-finalizes", test_programme_finalizes);
  g_test_add_func ("/core/model/ext-members", test_ext_members);
  g_test_add_func ("/core/model/absent-number-is-removed-not-written", test_absent_number_is_removed_not_written);
  g_test_add_func ("/core/model/finding-path-names-its-property", test_finding_path_names_its_property);
  g_test_add_func ("/core/model/programme-changed-once-per-change", test_programme_changed_once_per_change);
  g_test_add_func ("/core/model/bytes-follow-every-edit", test_bytes_follow_every_edit);
  g_test_add_func ("/core/model/unref-in-worker", test_unref_in_worker);

  return g_test_run ();
}
