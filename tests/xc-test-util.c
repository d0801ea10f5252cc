/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <string.h>

#include "xc-test-util.h"

/* A design from tests/data. */
XcProgramme *
xc_test_load_data (const char *name)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", name, NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  XcProgramme *programme = xc_programme_new_from_file (file, NULL, &error);

  g_assert_no_error (error);
  return programme;
}

/* A bundled reference design from data/samples. */
XcProgramme *
xc_test_load_sample (const char *name)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = g_build_filename (g_getenv ("XIACHEN_SAMPLES_DIR"), name, NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  XcProgramme *programme = xc_programme_new_from_file (file, NULL, &error);

  g_assert_no_error (error);
  return programme;
}

XcProgramme *
xc_test_load_string (const char *json)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) bytes = g_bytes_new (json, strlen (json));
  XcProgramme *programme = xc_programme_new_from_bytes (bytes, "test.xcprog", &error);

  g_assert_no_error (error);
  return programme;
}

/* The plugins of the build tree (XIACHEN_PLUGIN_PATH), loaded once. */
XcPluginRegistry *
xc_test_get_registry (void)
{
  static XcPluginRegistry *registry;

  if (registry == NULL)
    {
      const char *path = g_getenv ("XIACHEN_PLUGIN_PATH");

      g_assert_nonnull (path);
      registry = xc_plugin_registry_new ();
      xc_plugin_registry_add_search_path (registry, path);
      xc_plugin_registry_load (registry);
    }
  return registry;
}

XcReport *
xc_test_validate (XcProgramme *programme)
{
  g_autoptr(XcValidator) validator = xc_validator_new (xc_test_get_registry ());

  return xc_validator_validate (validator, programme);
}

/* Findings of @rule_id, on @unit_id or, where it is NULL, anywhere. */
guint
xc_test_count (XcReport   *report,
               const char *rule_id,
               const char *unit_id)
{
  guint n = g_list_model_get_n_items (G_LIST_MODEL (report));
  guint count = 0;

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(XcFinding) finding = g_list_model_get_item (G_LIST_MODEL (report), i);

      if (g_strcmp0 (xc_finding_get_rule_id (finding), rule_id) == 0
          && (unit_id == NULL || g_strcmp0 (xc_finding_get_unit_id (finding), unit_id) == 0))
        count++;
    }
  return count;
}

void
xc_test_assert_no_errors (XcReport *report)
{
  guint n = g_list_model_get_n_items (G_LIST_MODEL (report));

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(XcFinding) finding = g_list_model_get_item (G_LIST_MODEL (report), i);

      if (xc_finding_get_severity (finding) == XC_SEVERITY_ERROR)
        g_error ("unexpected error %s: %s", xc_finding_get_rule_id (finding),
                 xc_finding_get_message (finding));
    }
}

XcUnit *
xc_test_unit (XcProgramme *programme,
              const char  *unit_id)
{
  XcUnit *unit = xc_programme_lookup_unit (programme, unit_id);

  g_assert_nonnull (unit);
  return unit;
}

/* The first commitment of @unit with that role and activity, or NULL. */
XcCommitment *
xc_test_find_commitment (XcUnit     *unit,
                         const char *role,
                         const char *activity)
{
  GListModel *commitments = xc_unit_get_commitments (unit);

  for (guint i = 0; i < g_list_model_get_n_items (commitments); i++)
    {
      g_autoptr(XcCommitment) commitment = g_list_model_get_item (commitments, i);

      if (g_strcmp0 (xc_commitment_get_role (commitment), role) == 0
          && g_strcmp0 (xc_commitment_get_activity (commitment), activity) == 0)
        return commitment;
    }
  return NULL;
}
