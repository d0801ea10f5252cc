/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "xc-model"

#include "config.h"

#include <string.h>

#include "xc-unit.h"
#include "xc-record-private.h"
#include "xc-team-member.h"

/**
 * XcUnit:
 *
 * What a scheme builds: a studio, station, discipline, workstation or instrument.
 */
struct _XcUnit
{
  XcRecord parent_instance;

  GListStore *team;
  GListStore *commitments;
  /* what team members and commitments report their changes through */
  XcTracker  *children;
};

G_DEFINE_FINAL_TYPE (XcUnit, xc_unit, XC_TYPE_RECORD)

enum {
  PROP_0,
  PROP_ID,
  PROP_NAME,
  PROP_KIND,
  PROP_VARIANT,
  PROP_HOST,
  PROP_SPECIALTY,
  PROP_LEAD,
  PROP_LEARNERS,
  PROP_START,
  PROP_MONTHS,
  PROP_TEACHING_ROOM_M2,
  PROP_READING_ROOM,
  PROP_EQUIPMENT,
  PROP_SERVICES,
  N_PROPS
};

static void
release_collection (XcUnit      *self,
                    GListStore **store)
{
  if (*store == NULL)
    return;
  /* A store someone else still holds must stop reporting to us. */
  g_signal_handlers_disconnect_by_data (*store, self);
  g_clear_object (store);
}

static void
xc_unit_dispose (GObject *object)
{
  XcUnit *self = XC_UNIT (object);

  if (self->children != NULL)
    {
      _xc_tracker_detach (self->children);
      g_clear_pointer (&self->children, _xc_tracker_unref);
    }
  release_collection (self, &self->team);
  release_collection (self, &self->commitments);

  G_OBJECT_CLASS (xc_unit_parent_class)->dispose (object);
}

static void
xc_unit_sync_json (XcRecord *record)
{
  XcUnit *self = XC_UNIT (record);
  JsonObject *json = _xc_record_peek_json (record);

  if (self->team != NULL)
    _xc_record_store_list (json, "team", G_LIST_MODEL (self->team), FALSE);
  if (self->commitments != NULL)
    _xc_record_store_list (json, "commitments", G_LIST_MODEL (self->commitments), FALSE);
}

static void
xc_unit_class_init (XcUnitClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  XcRecordClass *record_class = XC_RECORD_CLASS (klass);

  object_class->dispose = xc_unit_dispose;
  record_class->sync_json = xc_unit_sync_json;

  _xc_record_class_install_member (record_class, PROP_ID, "id", "id",
                                   XC_MEMBER_STRING, 0);
  _xc_record_class_install_member (record_class, PROP_NAME, "name", "name",
                                   XC_MEMBER_STRING, 0);
  _xc_record_class_install_member (record_class, PROP_KIND, "kind", "kind",
                                   XC_MEMBER_STRING, 0);
  _xc_record_class_install_member (record_class, PROP_VARIANT, "variant", "variant",
                                   XC_MEMBER_STRING, 0);
  _xc_record_class_install_member (record_class, PROP_HOST, "host", "host",
                                   XC_MEMBER_STRING, 0);
  _xc_record_class_install_member (record_class, PROP_SPECIALTY, "specialty", "specialty",
                                   XC_MEMBER_STRING, 0);
  _xc_record_class_install_member (record_class, PROP_LEAD, "lead", "lead",
                                   XC_MEMBER_STRING, 0);
  _xc_record_class_install_member (record_class, PROP_LEARNERS, "learners", "learners",
                                   XC_MEMBER_STRV, 0);
  _xc_record_class_install_member (record_class, PROP_START, "start", "start",
                                   XC_MEMBER_STRING, 0);
  _xc_record_class_install_member (record_class, PROP_MONTHS, "months", "months",
                                   XC_MEMBER_INT, -1);
  _xc_record_class_install_member (record_class, PROP_TEACHING_ROOM_M2, "teaching-room-m2", "facilities.teaching_room_m2",
                                   XC_MEMBER_NUMBER, -1);
  _xc_record_class_install_member (record_class, PROP_READING_ROOM, "reading-room", "facilities.reading_room",
                                   XC_MEMBER_BOOL, FALSE);
  _xc_record_class_install_member (record_class, PROP_EQUIPMENT, "equipment", "facilities.equipment",
                                   XC_MEMBER_STRV, 0);
  _xc_record_class_install_member (record_class, PROP_SERVICES, "services", "services",
                                   XC_MEMBER_STRV, 0);
}

static void
xc_unit_init (XcUnit *self)
{
}

XcUnit *
xc_unit_new (void)
{
  return g_object_new (XC_TYPE_UNIT, NULL);
}

const char *
xc_unit_get_id (XcUnit *self)
{
  g_return_val_if_fail (XC_IS_UNIT (self), NULL);

  return _xc_record_get_string (XC_RECORD (self), "id");
}

void
xc_unit_set_id (XcUnit *self,
                const char *value)
{
  g_return_if_fail (XC_IS_UNIT (self));

  _xc_record_update (XC_RECORD (self), "id", value, NULL);
}

const char *
xc_unit_get_name (XcUnit *self)
{
  g_return_val_if_fail (XC_IS_UNIT (self), NULL);

  return _xc_record_get_string (XC_RECORD (self), "name");
}

void
xc_unit_set_name (XcUnit *self,
                  const char *value)
{
  g_return_if_fail (XC_IS_UNIT (self));

  _xc_record_update (XC_RECORD (self), "name", value, NULL);
}

const char *
xc_unit_get_kind (XcUnit *self)
{
  g_return_val_if_fail (XC_IS_UNIT (self), NULL);

  return _xc_record_get_string (XC_RECORD (self), "kind");
}

void
xc_unit_set_kind (XcUnit *self,
                  const char *value)
{
  g_return_if_fail (XC_IS_UNIT (self));

  _xc_record_update (XC_RECORD (self), "kind", value, NULL);
}

const char *
xc_unit_get_variant (XcUnit *self)
{
  g_return_val_if_fail (XC_IS_UNIT (self), NULL);

  return _xc_record_get_string (XC_RECORD (self), "variant");
}

void
xc_unit_set_variant (XcUnit *self,
                     const char *value)
{
  g_return_if_fail (XC_IS_UNIT (self));

  _xc_record_update (XC_RECORD (self), "variant", value, NULL);
}

const char *
xc_unit_get_host (XcUnit *self)
{
  g_return_val_if_fail (XC_IS_UNIT (self), NULL);

  return _xc_record_get_string (XC_RECORD (self), "host");
}

void
xc_unit_set_host (XcUnit *self,
                  const char *value)
{
  g_return_if_fail (XC_IS_UNIT (self));

  _xc_record_update (XC_RECORD (self), "host", value, NULL);
}

const char *
xc_unit_get_specialty (XcUnit *self)
{
  g_return_val_if_fail (XC_IS_UNIT (self), NULL);

  return _xc_record_get_string (XC_RECORD (self), "specialty");
}

void
xc_unit_set_specialty (XcUnit *self,
                       const char *value)
{
  g_return_if_fail (XC_IS_UNIT (self));

  _xc_record_update (XC_RECORD (self), "specialty", value, NULL);
}

const char *
xc_unit_get_lead (XcUnit *self)
{
  g_return_val_if_fail (XC_IS_UNIT (self), NULL);

  return _xc_record_get_string (XC_RECORD (self), "lead");
}

void
xc_unit_set_lead (XcUnit *self,
                  const char *value)
{
  g_return_if_fail (XC_IS_UNIT (self));

  _xc_record_update (XC_RECORD (self), "lead", value, NULL);
}

const char * const *
xc_unit_get_learners (XcUnit *self)
{
  g_return_val_if_fail (XC_IS_UNIT (self), NULL);

  return _xc_record_get_strv (XC_RECORD (self), "learners");
}

void
xc_unit_set_learners (XcUnit *self,
                      const char * const *value)
{
  g_return_if_fail (XC_IS_UNIT (self));

  _xc_record_update (XC_RECORD (self), "learners", value, NULL);
}

const char *
xc_unit_get_start (XcUnit *self)
{
  g_return_val_if_fail (XC_IS_UNIT (self), NULL);

  return _xc_record_get_string (XC_RECORD (self), "start");
}

void
xc_unit_set_start (XcUnit *self,
                   const char *value)
{
  g_return_if_fail (XC_IS_UNIT (self));

  _xc_record_update (XC_RECORD (self), "start", value, NULL);
}

/**
 * xc_unit_get_months:
 *
 * Returns: the value, or -1 where the design does not give it
 */
gint64
xc_unit_get_months (XcUnit *self)
{
  g_return_val_if_fail (XC_IS_UNIT (self), -1);

  return _xc_record_get_int (XC_RECORD (self), "months", -1);
}

void
xc_unit_set_months (XcUnit *self,
                    gint64 value)
{
  g_return_if_fail (XC_IS_UNIT (self));

  _xc_record_update (XC_RECORD (self), "months", value, NULL);
}

double
xc_unit_get_teaching_room_m2 (XcUnit *self)
{
  g_return_val_if_fail (XC_IS_UNIT (self), -1);

  double value = -1;

  _xc_record_get_number (XC_RECORD (self), "facilities.teaching_room_m2", &value);
  return value;
}

void
xc_unit_set_teaching_room_m2 (XcUnit *self,
                              double value)
{
  g_return_if_fail (XC_IS_UNIT (self));

  _xc_record_update (XC_RECORD (self), "teaching-room-m2", value, NULL);
}

gboolean
xc_unit_get_reading_room (XcUnit *self)
{
  g_return_val_if_fail (XC_IS_UNIT (self), FALSE);

  return _xc_record_get_bool (XC_RECORD (self), "facilities.reading_room", FALSE);
}

void
xc_unit_set_reading_room (XcUnit *self,
                          gboolean value)
{
  g_return_if_fail (XC_IS_UNIT (self));

  _xc_record_update (XC_RECORD (self), "reading-room", value, NULL);
}

const char * const *
xc_unit_get_equipment (XcUnit *self)
{
  g_return_val_if_fail (XC_IS_UNIT (self), NULL);

  return _xc_record_get_strv (XC_RECORD (self), "facilities.equipment");
}

void
xc_unit_set_equipment (XcUnit *self,
                       const char * const *value)
{
  g_return_if_fail (XC_IS_UNIT (self));

  _xc_record_update (XC_RECORD (self), "equipment", value, NULL);
}

const char * const *
xc_unit_get_services (XcUnit *self)
{
  g_return_val_if_fail (XC_IS_UNIT (self), NULL);

  return _xc_record_get_strv (XC_RECORD (self), "services");
}

void
xc_unit_set_services (XcUnit *self,
                      const char * const *value)
{
  g_return_if_fail (XC_IS_UNIT (self));

  _xc_record_update (XC_RECORD (self), "services", value, NULL);
}


/* Team and commitments are built on first use: most validation passes touch
 * them, but a unit that is only listed never pays for them. */

/* A change in the unit's team or commitments is a change of the unit. A
 * handler per store (about 280 bytes) is paid only by units something
 * looked into: the rules read the plain records (XcDesign), not these. */
static void
collection_changed_cb (GListModel *store,
                       guint       position,
                       guint       removed,
                       guint       added,
                       XcUnit     *self)
{
  _xc_record_track_items (store, position, added, self->children);
  _xc_record_changed (XC_RECORD (self));
}

static GListStore *
load_collection (XcUnit     *self,
                 const char *member,
                 GType       item_type)
{
  GListStore *store;

  if (self->children == NULL)
    self->children = _xc_tracker_new (XC_RECORD (self));

  store = _xc_record_load_list (_xc_record_peek_json (XC_RECORD (self)), member, item_type,
                                self->children);

  /* Connected after loading: the load itself is no change. The unit owns
   * the store; one handler per store read, only for units looked into. */
  g_signal_connect (store, "items-changed", G_CALLBACK (collection_changed_cb), self);
  return store;
}

/**
 * xc_unit_get_team:
 *
 * Returns: (transfer none): the team, a list of #XcTeamMember
 */
GListModel *
xc_unit_get_team (XcUnit *self)
{
  g_return_val_if_fail (XC_IS_UNIT (self), NULL);

  if (self->team == NULL)
    self->team = load_collection (self, "team", XC_TYPE_TEAM_MEMBER);
  return G_LIST_MODEL (self->team);
}

/**
 * xc_unit_get_commitments:
 *
 * Returns: (transfer none): the commitments, a list of #XcCommitment
 */
GListModel *
xc_unit_get_commitments (XcUnit *self)
{
  g_return_val_if_fail (XC_IS_UNIT (self), NULL);

  if (self->commitments == NULL)
    self->commitments = load_collection (self, "commitments", XC_TYPE_COMMITMENT);
  return G_LIST_MODEL (self->commitments);
}

gboolean
xc_unit_has_team_member (XcUnit     *self,
                         const char *person_id)
{
  GListModel *team;
  guint n;

  g_return_val_if_fail (XC_IS_UNIT (self), FALSE);

  if (person_id == NULL)
    return FALSE;

  team = xc_unit_get_team (self);
  n = g_list_model_get_n_items (team);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(XcTeamMember) member = g_list_model_get_item (team, i);

      if (g_strcmp0 (xc_team_member_get_person (member), person_id) == 0)
        return TRUE;
    }
  return FALSE;
}

gboolean
xc_unit_has_service (XcUnit     *self,
                     const char *service)
{
  g_return_val_if_fail (XC_IS_UNIT (self), FALSE);
  g_return_val_if_fail (service != NULL, FALSE);

  return g_strv_contains (xc_unit_get_services (self), service);
}

gboolean
xc_unit_has_equipment (XcUnit     *self,
                       const char *item)
{
  g_return_val_if_fail (XC_IS_UNIT (self), FALSE);
  g_return_val_if_fail (item != NULL, FALSE);

  return g_strv_contains (xc_unit_get_equipment (self), item);
}

/**
 * xc_unit_get_target:
 * @key: a member of `targets`, e.g. `outpatients`
 * @value: (out) (optional): the target
 *
 * Returns: %TRUE if the unit sets that target
 */
gboolean
xc_unit_get_target (XcUnit     *self,
                    const char *key,
                    double     *value)
{
  JsonObject *targets;

  g_return_val_if_fail (XC_IS_UNIT (self), FALSE);
  g_return_val_if_fail (key != NULL, FALSE);

  targets = _xc_record_get_object (XC_RECORD (self), "targets");
  return targets != NULL && _xc_json_get_number (targets, key, value);
}

void
xc_unit_set_target (XcUnit     *self,
                    const char *key,
                    double      value)
{
  g_autofree char *path = NULL;

  g_return_if_fail (XC_IS_UNIT (self));
  g_return_if_fail (key != NULL && strchr (key, '.') == NULL);

  path = g_strconcat ("targets.", key, NULL);
  if (_xc_record_set_number (XC_RECORD (self), path, value))
    _xc_record_changed (XC_RECORD (self));
}

/**
 * xc_unit_sum_commitments:
 * @activity: an activity, e.g. `outpatient`
 * @covers: (scope call): which roles count, e.g. xc_commitment_covers_team()
 *
 * Returns: how often a month the roles that @covers accepts commit to
 *   @activity in this unit
 */
double
xc_unit_sum_commitments (XcUnit      *self,
                         const char  *activity,
                         gboolean   (*covers) (XcCommitment *))
{
  GListModel *commitments;
  double sum = 0;
  guint n;

  g_return_val_if_fail (XC_IS_UNIT (self), 0);
  g_return_val_if_fail (activity != NULL, 0);
  g_return_val_if_fail (covers != NULL, 0);

  commitments = xc_unit_get_commitments (self);
  n = g_list_model_get_n_items (commitments);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(XcCommitment) commitment = g_list_model_get_item (commitments, i);

      if (g_strcmp0 (xc_commitment_get_activity (commitment), activity) == 0
          && covers (commitment))
        sum += xc_commitment_get_monthly_count (commitment);
    }
  return sum;
}
