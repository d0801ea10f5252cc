/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "xc-model"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "xc-programme.h"
#include "xc-design-private.h"
#include "xc-file-io.h"
#include "xc-json-writer.h"
#include "xc-deviation.h"
#include "xc-format-private.h"
#include "xc-record-private.h"
#include "xc-worker.h"
#include "xc-team-member.h"

/**
 * XcProgramme:
 *
 * A programme design: one .xcprog document.
 */
struct _XcProgramme
{
  XcRecord parent_instance;

  GListStore *towns;
  GListStore *institutions;
  GListStore *people;
  GListStore *units;
  GListStore *needs;
  GListStore *deviations;

  /* what every record of the design reports its changes through */
  XcTracker  *tracker;

  /* id → record, rebuilt on the first lookup after a change */
  GHashTable *town_index;
  GHashTable *institution_index;
  GHashTable *person_index;
  GHashTable *unit_index;

  /* the plain records the design was read into: what a check of the
   * design as read can use as it is */
  XcDesign   *design;
  /* no record added, removed or given another id since: a lookup may use
   * the design's index, built by the reader in its worker */
  gboolean    ids_as_read;

  /* xc_programme_to_bytes() until the next change: the check, the draft
   * and the save of one edit serialise the design once */
  GBytes     *bytes;
};

G_DEFINE_FINAL_TYPE (XcProgramme, xc_programme, XC_TYPE_RECORD)

enum {
  PROP_0,
  PROP_SCHEME,
  PROP_ID,
  PROP_TITLE,
  PROP_PROVINCE,
  PROP_CITY,
  PROP_COUNTIES,
  PROP_START,
  PROP_MONTHS,
  PROP_PARTNER,
  PROP_BUDGET_TOTAL,
  PROP_BUDGET_PER_YEAR,
  PROP_CURRENCY,
  PROP_PLANNED_ACCEPTANCE_MONTH,
  PROP_ACCEPTANCE_APPLICANT,
  PROP_THIRD_PARTY_ACCEPTANCE,
  N_PROPS
};

enum {
  CHANGED,
  MEMBER_CHANGED,
  LIST_SPLICED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void
clear_collection (XcProgramme  *self,
                  GListStore  **store)
{
  if (*store == NULL)
    return;
  /* Someone else may still hold the store. */
  g_signal_handlers_disconnect_by_data (*store, self);
  g_clear_object (store);
}

static void
xc_programme_dispose (GObject *object)
{
  XcProgramme *self = XC_PROGRAMME (object);

  if (self->tracker != NULL)
    {
      _xc_tracker_detach (self->tracker);
      g_clear_pointer (&self->tracker, _xc_tracker_unref);
    }
  clear_collection (self, &self->towns);
  clear_collection (self, &self->institutions);
  clear_collection (self, &self->people);
  clear_collection (self, &self->units);
  clear_collection (self, &self->needs);
  clear_collection (self, &self->deviations);
  g_clear_pointer (&self->town_index, g_hash_table_unref);
  g_clear_pointer (&self->institution_index, g_hash_table_unref);
  g_clear_pointer (&self->person_index, g_hash_table_unref);
  g_clear_pointer (&self->unit_index, g_hash_table_unref);
  g_clear_pointer (&self->bytes, g_bytes_unref);
  g_clear_object (&self->design);

  G_OBJECT_CLASS (xc_programme_parent_class)->dispose (object);
}

static void
xc_programme_sync_json (XcRecord *record)
{
  XcProgramme *self = XC_PROGRAMME (record);
  JsonObject *json = _xc_record_peek_json (record);
  JsonObject *region = _xc_record_get_object (record, "region");

  /* a region is made only for towns it did not have: a change */
  if (region != NULL || g_list_model_get_n_items (G_LIST_MODEL (self->towns)) > 0)
    _xc_record_store_list (region != NULL ? region : _xc_record_ensure_object (record, "region"),
                           "towns", G_LIST_MODEL (self->towns), FALSE);
  _xc_record_store_list (json, "institutions", G_LIST_MODEL (self->institutions), TRUE);
  _xc_record_store_list (json, "people", G_LIST_MODEL (self->people), TRUE);
  _xc_record_store_list (json, "units", G_LIST_MODEL (self->units), TRUE);
  _xc_record_store_list (json, "needs", G_LIST_MODEL (self->needs), TRUE);
  /* Optional: written when there are deviations or the file had the member. */
  _xc_record_store_list (json, "deviations", G_LIST_MODEL (self->deviations), FALSE);
}

static void
xc_programme_class_init (XcProgrammeClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  XcRecordClass *record_class = XC_RECORD_CLASS (klass);

  object_class->dispose = xc_programme_dispose;
  record_class->sync_json = xc_programme_sync_json;

  /**
   * XcProgramme::changed:
   *
   * Something in the design changed: a member of the programme or of any
   * of its records (units' team members and commitments included), or a
   * collection gained or lost items. Emitted once per change.
   */
  signals[CHANGED] = g_signal_new ("changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                   0, NULL, NULL, NULL, G_TYPE_NONE, 0);
  /**
   * XcProgramme::member-changed:
   * @record: the record of the design whose member changed
   * @name: the member property's name, or `ext:NAME` for an `ext` member
   * @old_value: (nullable): the member's JSON before the change; %NULL
   *   where it was absent
   *
   * For the document's undo history; emitted before #XcProgramme::changed.
   */
  signals[MEMBER_CHANGED] = g_signal_new ("member-changed", G_TYPE_FROM_CLASS (klass),
                                          G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL, G_TYPE_NONE, 3,
                                          XC_TYPE_RECORD, G_TYPE_STRING,
                                          JSON_TYPE_NODE | G_SIGNAL_TYPE_STATIC_SCOPE);
  /**
   * XcProgramme::list-spliced:
   * @store: a collection of a record of the design
   * @position: where the splice was
   * @removed: (element-type XcRecord): the records it removed
   * @added: (element-type XcRecord): the records it added
   *
   * For the document's undo history: a splice made with
   * xc_record_splice_list().
   */
  signals[LIST_SPLICED] = g_signal_new ("list-spliced", G_TYPE_FROM_CLASS (klass),
                                        G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL, G_TYPE_NONE, 4,
                                        G_TYPE_LIST_STORE, G_TYPE_UINT,
                                        G_TYPE_PTR_ARRAY | G_SIGNAL_TYPE_STATIC_SCOPE,
                                        G_TYPE_PTR_ARRAY | G_SIGNAL_TYPE_STATIC_SCOPE);

  _xc_record_class_install_member (record_class, PROP_SCHEME, "scheme", "scheme",
                                   XC_MEMBER_STRING, 0);
  _xc_record_class_install_member (record_class, PROP_ID, "id", "id",
                                   XC_MEMBER_STRING, 0);
  _xc_record_class_install_member (record_class, PROP_TITLE, "title", "title",
                                   XC_MEMBER_STRING, 0);
  _xc_record_class_install_member (record_class, PROP_PROVINCE, "province", "region.province",
                                   XC_MEMBER_STRING, 0);
  _xc_record_class_install_member (record_class, PROP_CITY, "city", "region.city",
                                   XC_MEMBER_STRING, 0);
  _xc_record_class_install_member (record_class, PROP_COUNTIES, "counties", "region.counties",
                                   XC_MEMBER_STRV, 0);
  _xc_record_class_install_member (record_class, PROP_START, "start", "period.start",
                                   XC_MEMBER_STRING, 0);
  _xc_record_class_install_member (record_class, PROP_MONTHS, "months", "period.months",
                                   XC_MEMBER_INT, 0);
  _xc_record_class_install_member (record_class, PROP_PARTNER, "partner", "partner",
                                   XC_MEMBER_STRING, 0);
  /* The budget as the format has it: what the indicators divide by hosts. */
  _xc_record_class_install_member (record_class, PROP_BUDGET_TOTAL, "budget-total", "budget.total",
                                   XC_MEMBER_NUMBER, -1);
  _xc_record_class_install_member (record_class, PROP_BUDGET_PER_YEAR, "budget-per-year",
                                   "budget.per_year", XC_MEMBER_NUMBER, -1);
  _xc_record_class_install_member (record_class, PROP_CURRENCY, "currency", "budget.currency",
                                   XC_MEMBER_STRING, 0);
  _xc_record_class_install_member (record_class, PROP_PLANNED_ACCEPTANCE_MONTH, "planned-acceptance-month", "acceptance.planned_month",
                                   XC_MEMBER_INT, -1);
  _xc_record_class_install_member (record_class, PROP_ACCEPTANCE_APPLICANT, "acceptance-applicant", "acceptance.applicant",
                                   XC_MEMBER_STRING, 0);
  _xc_record_class_install_member (record_class, PROP_THIRD_PARTY_ACCEPTANCE, "third-party-acceptance", "acceptance.third_party",
                                   XC_MEMBER_BOOL, FALSE);
}

static void
index_invalidate (XcProgramme *self)
{
  self->ids_as_read = FALSE;
  g_clear_pointer (&self->town_index, g_hash_table_unref);
  g_clear_pointer (&self->institution_index, g_hash_table_unref);
  g_clear_pointer (&self->person_index, g_hash_table_unref);
  g_clear_pointer (&self->unit_index, g_hash_table_unref);
}

/* Every change marks the programme dirty, through here. */
void
_xc_programme_forget_bytes (XcRecord *programme)
{
  g_clear_pointer (&XC_PROGRAMME (programme)->bytes, g_bytes_unref);
}

void
_xc_programme_ids_changed (XcRecord *programme)
{
  index_invalidate (XC_PROGRAMME (programme));
}

void
_xc_programme_emit_member_changed (XcRecord   *programme,
                                   XcRecord   *record,
                                   const char *name,
                                   JsonNode   *old_value)
{
  g_signal_emit (programme, signals[MEMBER_CHANGED], 0, record, name, old_value);
}

void
_xc_programme_emit_list_spliced (XcRecord   *programme,
                                 GListStore *store,
                                 guint       position,
                                 GPtrArray  *removed,
                                 GPtrArray  *added)
{
  g_signal_emit (programme, signals[LIST_SPLICED], 0, store, position, removed, added);
}

void
_xc_programme_emit_changed (XcRecord *programme)
{
  g_signal_emit (programme, signals[CHANGED], 0);
}

static void
collection_changed_cb (GListModel  *list,
                       guint        position,
                       guint        removed,
                       guint        added,
                       XcProgramme *self)
{
  /* Needs and deviations have no id index. */
  if (list != G_LIST_MODEL (self->needs) && list != G_LIST_MODEL (self->deviations))
    index_invalidate (self);
  _xc_record_track_items (list, position, added, self->tracker);
  /* written anew from now on, its records from their own bytes */
  _xc_record_mark_dirty (XC_RECORD (self));
  g_signal_emit (self, signals[CHANGED], 0);
}

/* Ids that change inside a collection are caught by the record id
 * generation instead: a handler per record costs too much at 100,000. */
static void
watch_collection (XcProgramme *self,
                  GListStore  *store)
{
  g_signal_connect (store, "items-changed", G_CALLBACK (collection_changed_cb), self);
}

static void
xc_programme_init (XcProgramme *self)
{
  self->tracker = _xc_tracker_new (XC_RECORD (self));
  _xc_record_set_root (XC_RECORD (self));
}

static void
watch_collections (XcProgramme *self)
{
  watch_collection (self, self->towns);
  watch_collection (self, self->institutions);
  watch_collection (self, self->people);
  watch_collection (self, self->units);
  watch_collection (self, self->needs);
  watch_collection (self, self->deviations);
}

/* Builds the collections from the record's JSON, which has passed the
 * format check. */
static void
xc_programme_take_collections (XcProgramme *self)
{
  JsonObject *json = _xc_record_peek_json (XC_RECORD (self));
  JsonObject *region = _xc_record_get_object (XC_RECORD (self), "region");
  g_autoptr(JsonObject) no_region = json_object_new ();

  self->towns = _xc_record_load_list (region != NULL ? region : no_region, "towns", XC_TYPE_TOWN,
                                      self->tracker);
  self->institutions = _xc_record_load_list (json, "institutions", XC_TYPE_INSTITUTION,
                                             self->tracker);
  self->people = _xc_record_load_list (json, "people", XC_TYPE_PERSON, self->tracker);
  self->units = _xc_record_load_list (json, "units", XC_TYPE_UNIT, self->tracker);
  self->needs = _xc_record_load_list (json, "needs", XC_TYPE_NEED, self->tracker);
  self->deviations = _xc_record_load_list (json, "deviations", XC_TYPE_DEVIATION, self->tracker);

  watch_collections (self);
}

static XcProgramme *
xc_programme_new_from_node (JsonNode *root)
{
  XcProgramme *self = g_object_new (XC_TYPE_PROGRAMME, NULL);

  _xc_record_set_json (XC_RECORD (self), json_node_get_object (root));
  xc_programme_take_collections (self);
  return self;
}

/**
 * xc_programme_new_for_scheme:
 * @scheme_id: the scheme whose rules apply
 *
 * Returns: (transfer full): an empty design that is valid format v1
 */
XcProgramme *
xc_programme_new_for_scheme (const char *scheme_id)
{
  g_autoptr(JsonBuilder) builder = json_builder_new ();
  g_autoptr(JsonNode) root = NULL;
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *start = g_date_time_format (now, "%Y-%m-01");

  g_return_val_if_fail (scheme_id != NULL, NULL);

  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "format");
  json_builder_add_string_value (builder, XC_FORMAT_NAME);
  json_builder_set_member_name (builder, "version");
  json_builder_add_int_value (builder, XC_FORMAT_VERSION);
  json_builder_set_member_name (builder, "scheme");
  json_builder_add_string_value (builder, scheme_id);
  json_builder_set_member_name (builder, "id");
  json_builder_add_string_value (builder, "new-design");
  json_builder_set_member_name (builder, "title");
  json_builder_add_string_value (builder, _("New design"));
  json_builder_set_member_name (builder, "period");
  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "start");
  json_builder_add_string_value (builder, start);
  json_builder_set_member_name (builder, "months");
  json_builder_add_int_value (builder, 24);
  json_builder_end_object (builder);
  for (guint i = 0; i < 4; i++)
    {
      json_builder_set_member_name (builder,
                                    (const char *[]) { "institutions", "people", "units", "needs" }[i]);
      json_builder_begin_array (builder);
      json_builder_end_array (builder);
    }
  json_builder_end_object (builder);

  root = json_builder_get_root (builder);
  return xc_programme_new_from_node (root);
}

/**
 * xc_programme_new_from_bytes:
 * @display_name: how messages name the source, usually the file name
 *
 * Reads a design in format v1. Errors are in %XC_FORMAT_ERROR and their
 * messages name @display_name and the place: line and column for malformed
 * JSON, the member path for members missing or of the wrong type.
 *
 * Returns: (transfer full): the design, or %NULL with @error set
 */
static XcProgramme *programme_new_from_design (XcDesign *design);

XcProgramme *
xc_programme_new_from_bytes (GBytes      *bytes,
                             const char  *display_name,
                             GError     **error)
{
  g_autoptr(XcDesign) design = NULL;

  g_return_val_if_fail (bytes != NULL, NULL);
  g_return_val_if_fail (display_name != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  design = xc_design_new_from_bytes (bytes, display_name, error);
  if (design == NULL)
    return NULL;
  return programme_new_from_design (design);
}

/* The records of one collection of @design, each read from its bytes
 * only when first looked into. */
static GListStore *
lazy_list (XcDesign       *design,
           XcFormatRecord  record,
           GType           item_type,
           XcTracker      *tracker)
{
  g_autoptr(GListStore) store = g_list_store_new (item_type);
  g_autoptr(GPtrArray) items = NULL;
  gsize size = _xc_format_get_shape (record)->size;
  gboolean has_id = record != XC_FORMAT_RECORD_NEED && record != XC_FORMAT_RECORD_DEVIATION;
  const guchar *records;
  guint n;

  records = _xc_design_get_records (design, record, &n);
  items = g_ptr_array_new_full (n, g_object_unref);
  for (guint i = 0; i < n; i++)
    {
      /* an id and a name are the first members of the records that have them */
      const char * const *fields = (const char * const *) (records + i * size);
      XcRecord *item = g_object_new (item_type, NULL);
      gsize start, end;

      _xc_design_get_span (design, record, i, &start, &end);
      _xc_record_set_lazy (item, design, start, end, has_id ? fields[0] : NULL,
                           has_id ? fields[1] : NULL);
      if (!has_id)
        _xc_record_peek_json (item);
      _xc_record_set_tracker (item, tracker);
      g_ptr_array_add (items, item);
    }
  g_list_store_splice (store, 0, 0, items->pdata, items->len);
  return g_steal_pointer (&store);
}

/* A design read into plain records: the model makes a record's JSON only
 * when it is looked into, and writes an untouched one as its bytes. */
static XcProgramme *
programme_new_from_design (XcDesign *design)
{
  XcProgramme *self = g_object_new (XC_TYPE_PROGRAMME, NULL);
  g_autoptr(JsonObject) object = _xc_design_dup_programme_object (design);
  GBytes *bytes = xc_design_get_bytes (design);

  _xc_record_set_json (XC_RECORD (self), object);
  self->towns = lazy_list (design, XC_FORMAT_RECORD_TOWN, XC_TYPE_TOWN, self->tracker);
  self->institutions = lazy_list (design, XC_FORMAT_RECORD_INSTITUTION, XC_TYPE_INSTITUTION,
                                  self->tracker);
  self->people = lazy_list (design, XC_FORMAT_RECORD_PERSON, XC_TYPE_PERSON, self->tracker);
  self->units = lazy_list (design, XC_FORMAT_RECORD_UNIT, XC_TYPE_UNIT, self->tracker);
  self->needs = lazy_list (design, XC_FORMAT_RECORD_NEED, XC_TYPE_NEED, self->tracker);
  self->deviations = lazy_list (design, XC_FORMAT_RECORD_DEVIATION, XC_TYPE_DEVIATION,
                                self->tracker);
  watch_collections (self);
  _xc_record_set_source (XC_RECORD (self), bytes, 0, g_bytes_get_size (bytes));
  self->design = g_object_ref (design);
  self->ids_as_read = TRUE;
  return self;
}

/* The plain records of the design as it was read, while nothing has
 * changed since; %NULL after a change. */
XcDesign *
_xc_programme_get_design_as_read (XcRecord *programme)
{
  XcProgramme *self = XC_PROGRAMME (programme);
  gsize start, end;

  if (self->design == NULL || _xc_record_get_source (XC_RECORD (self), &start, &end) == NULL)
    return NULL;
  return self->design;
}

/* The plain records of the programme as it is now: as read where nothing
 * changed, else its bytes read beside them. */
XcDesign *
_xc_programme_dup_design (XcRecord *programme)
{
  XcProgramme *self = XC_PROGRAMME (programme);
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) error = NULL;
  XcDesign *design;

  if (_xc_programme_get_design_as_read (XC_RECORD (self)) != NULL)
    return g_object_ref (self->design);
  bytes = xc_programme_to_bytes (self);
  design = _xc_design_new_beside (bytes, xc_programme_get_id (self) != NULL
                                         ? xc_programme_get_id (self) : "design",
                                  self->design, &error);
  /* the model writes only what the format allows */
  if (design == NULL)
    g_critical ("The design in memory cannot be read back: %s", error->message);
  return design;
}

XcDesign *
_xc_programme_get_design_read_from (XcRecord *programme)
{
  return XC_PROGRAMME (programme)->design;
}

/**
 * xc_programme_new_from_file:
 *
 * Reads a design; see xc_programme_new_from_bytes().
 *
 * Returns: (transfer full): the design, or %NULL with @error set
 */
XcProgramme *
xc_programme_new_from_file (GFile         *file,
                            GCancellable  *cancellable,
                            GError       **error)
{
  g_autofree char *display_name = NULL;
  g_autoptr(GBytes) bytes = NULL;

  g_return_val_if_fail (G_IS_FILE (file), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  bytes = _xc_format_read_file (file, cancellable, &display_name, error);
  if (bytes == NULL)
    return NULL;
  return xc_programme_new_from_bytes (bytes, display_name, error);
}

static void
load_in_thread (GTask        *task,
                gpointer      source_object,
                gpointer      task_data,
                GCancellable *cancellable)
{
  GError *error = NULL;
  XcProgramme *programme = xc_programme_new_from_file (task_data, cancellable, &error);

  if (programme == NULL)
    g_task_return_error (task, error);
  else
    g_task_return_pointer (task, programme, g_object_unref);
}

/**
 * xc_programme_load_async:
 *
 * Reads a design in a worker thread; a national design takes seconds.
 */
void
xc_programme_load_async (GFile               *file,
                         GCancellable        *cancellable,
                         GAsyncReadyCallback  callback,
                         gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;

  g_return_if_fail (G_IS_FILE (file));

  task = g_task_new (NULL, cancellable, callback, user_data);
  g_task_set_source_tag (task, xc_programme_load_async);
  g_task_set_task_data (task, g_object_ref (file), g_object_unref);
  xc_task_run_in_thread (task, load_in_thread, g_object_unref);
}

XcProgramme *
xc_programme_load_finish (GAsyncResult  *result,
                          GError       **error)
{
  g_return_val_if_fail (G_IS_TASK (result), NULL);
  g_return_val_if_fail (g_task_get_source_tag (G_TASK (result)) == xc_programme_load_async, NULL);

  return g_task_propagate_pointer (G_TASK (result), error);
}

/* Bytes of @out but its last, a NUL: readers may take the text as a
 * string, as json-glib's always was. */
static GBytes *
terminated_bytes (GByteArray *out)
{
  guint length = out->len - 1;

  return g_bytes_new_take (g_byte_array_free (out, FALSE), length);
}

/* @text with @indent after each line break: a value written at the top
 * placed deeper. */
static void
append_indented (GString    *out,
                 const char *text,
                 const char *indent)
{
  for (const char *line = text; *line != '\0';)
    {
      const char *end = strchr (line, '\n');

      if (end == NULL)
        {
          g_string_append (out, line);
          return;
        }
      g_string_append_len (out, line, end - line + 1);
      line = end + 1;
      if (*line != '\0')
        g_string_append (out, indent);
    }
}

static void
append_node (GString    *out,
             JsonNode   *node,
             const char *indent)
{
  g_autofree char *text = xc_json_to_data (node, TRUE, NULL);

  append_indented (out, text, indent);
}

static void
append_name (GString    *out,
             const char *name,
             const char *indent)
{
  g_autoptr(JsonNode) node = json_node_init_string (json_node_alloc (), name);
  g_autofree char *quoted = xc_json_to_data (node, FALSE, NULL);

  g_string_append_printf (out, "%s%s : ", indent, quoted);
}

/* The records of @list as a JSON array whose elements are indented by
 * @indent: a record nobody changed is its bytes as read, only changed
 * ones are written anew. */
static void
append_collection (GString    *out,
                   GListModel *list,
                   const char *indent)
{
  guint n = g_list_model_get_n_items (list);
  g_autofree char *outer = g_strndup (indent, strlen (indent) - 2);

  if (n == 0)
    {
      g_string_append (out, "[]");
      return;
    }
  g_string_append (out, "[\n");
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(XcRecord) record = g_list_model_get_item (list, i);
      gsize start, end;
      GBytes *source = _xc_record_get_source (record, &start, &end);

      g_string_append (out, indent);
      if (source != NULL)
        g_string_append_len (out, (const char *) g_bytes_get_data (source, NULL) + start,
                             end - start);
      else
        {
          g_autoptr(JsonNode) node = NULL;

          _xc_record_sync_json (record);
          node = json_node_init_object (json_node_alloc (), _xc_record_peek_json (record));
          append_node (out, node, indent);
        }
      g_string_append (out, i + 1 < n ? ",\n" : "\n");
    }
  g_string_append_printf (out, "%s]", outer);
}

static const struct
{
  const char *name;
  gboolean    required;
} collections[] = {
  { "institutions", TRUE }, { "people", TRUE }, { "units", TRUE }, { "needs", TRUE },
  /* an extension: written when there are deviations or the file had the member */
  { "deviations", FALSE },
  { NULL }
};

static GListModel *
collection_list (XcProgramme *self,
                 const char  *name)
{
  if (g_str_equal (name, "institutions"))
    return G_LIST_MODEL (self->institutions);
  if (g_str_equal (name, "people"))
    return G_LIST_MODEL (self->people);
  if (g_str_equal (name, "units"))
    return G_LIST_MODEL (self->units);
  if (g_str_equal (name, "needs"))
    return G_LIST_MODEL (self->needs);
  if (g_str_equal (name, "deviations"))
    return G_LIST_MODEL (self->deviations);
  return NULL;
}

/* What the design's text was, to size the new one. */
static gsize
source_size (XcProgramme *self)
{
  GBytes *source = _xc_record_get_source_bytes (XC_RECORD (self));

  return source != NULL ? g_bytes_get_size (source) + 1024 : 4096;
}

/* The region, with its towns from the model's list. */
static void
append_region (GString     *out,
               XcProgramme *self,
               JsonObject  *region)
{
  GListModel *towns = G_LIST_MODEL (self->towns);
  gboolean has_towns = region != NULL && json_object_has_member (region, "towns");
  gboolean first = TRUE;
  JsonObjectIter iter;
  const char *name;
  JsonNode *value;

  g_string_append (out, "{\n");
  if (region != NULL)
    {
      json_object_iter_init_ordered (&iter, region);
      while (json_object_iter_next_ordered (&iter, &name, &value))
        {
          if (!first)
            g_string_append (out, ",\n");
          first = FALSE;
          append_name (out, name, "    ");
          if (g_str_equal (name, "towns"))
            append_collection (out, towns, "      ");
          else
            append_node (out, value, "    ");
        }
    }
  if (!has_towns && g_list_model_get_n_items (towns) > 0)
    {
      if (!first)
        g_string_append (out, ",\n");
      append_name (out, "towns", "    ");
      append_collection (out, towns, "      ");
    }
  g_string_append (out, "\n  }");
}

static GBytes *
serialise (XcProgramme *self)
{
  JsonObject *json;
  JsonObjectIter iter;
  const char *name;
  JsonNode *member;
  GPtrArray *names;
  GString *out;
  GBytes *source;
  gsize start, end, length;

  source = _xc_record_get_source (XC_RECORD (self), &start, &end);
  if (source != NULL)
    {
      GByteArray *copy = g_byte_array_sized_new (end - start + 1);

      g_byte_array_append (copy, (const guint8 *) g_bytes_get_data (source, NULL) + start,
                           end - start);
      g_byte_array_append (copy, (const guint8 *) "", 1);
      return terminated_bytes (copy);
    }

  /* The programme's members in their order, its collections from the
   * model's lists: a collection the file had, or one the format requires,
   * or one that has records. */
  json = _xc_record_peek_json (XC_RECORD (self));
  out = g_string_sized_new (source_size (self));
  names = g_ptr_array_new ();
  json_object_iter_init_ordered (&iter, json);
  while (json_object_iter_next_ordered (&iter, &name, &member))
    g_ptr_array_add (names, (gpointer) name);
  for (guint i = 0; collections[i].name != NULL; i++)
    if (!json_object_has_member (json, collections[i].name)
        && (collections[i].required
            || g_list_model_get_n_items (collection_list (self, collections[i].name)) > 0))
      g_ptr_array_add (names, (gpointer) collections[i].name);
  if (!json_object_has_member (json, "region")
      && g_list_model_get_n_items (G_LIST_MODEL (self->towns)) > 0)
    g_ptr_array_add (names, (gpointer) "region");

  g_string_append (out, "{\n");
  for (guint i = 0; i < names->len; i++)
    {
      GListModel *list;

      name = g_ptr_array_index (names, i);
      list = collection_list (self, name);
      member = json_object_get_member (json, name);
      append_name (out, name, "  ");
      if (list != NULL)
        append_collection (out, list, "    ");
      else if (g_str_equal (name, "region") && (member == NULL || JSON_NODE_HOLDS_OBJECT (member)))
        append_region (out, self, member != NULL ? json_node_get_object (member) : NULL);
      else
        append_node (out, member, "  ");
      g_string_append (out, i + 1 < names->len ? ",\n" : "\n");
    }
  g_string_append (out, "}\n");
  g_ptr_array_unref (names);

  length = out->len;
  return g_bytes_new_take (g_string_free (out, FALSE), length);
}

/**
 * xc_programme_to_bytes:
 *
 * A design that was read and not changed since is written as it was read,
 * byte for byte. Otherwise records that were not changed are written as
 * their original bytes (numbers keep their text: 0.1 stays `0.1`), and the
 * rest anew. The bytes are made once per change and shared by every
 * caller until the next.
 *
 * Returns: (transfer full): the design as format v1 JSON, every member it
 *   was read with kept
 */
GBytes *
xc_programme_to_bytes (XcProgramme *self)
{
  g_return_val_if_fail (XC_IS_PROGRAMME (self), NULL);

  if (self->bytes == NULL)
    self->bytes = serialise (self);
  return g_bytes_ref (self->bytes);
}

/**
 * xc_programme_save_to_file:
 *
 * Writes the design atomically: the new contents go to a temporary file
 * that replaces @file only once completely written, so a crash mid-save
 * leaves the old file as it was.
 *
 * Returns: %TRUE on success
 */
gboolean
xc_programme_save_to_file (XcProgramme   *self,
                           GFile         *file,
                           GCancellable  *cancellable,
                           GError       **error)
{
  g_autoptr(GBytes) bytes = NULL;

  g_return_val_if_fail (XC_IS_PROGRAMME (self), FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  bytes = xc_programme_to_bytes (self);
  return _xc_programme_write_bytes (bytes, file, cancellable, error);
}

/* The writing half of a save, safe in a worker thread: @bytes are already
 * serialised. A failed write leaves the file as it was; errors name it. */
gboolean
_xc_programme_write_bytes (GBytes        *bytes,
                           GFile         *file,
                           GCancellable  *cancellable,
                           GError       **error)
{
  return xc_file_replace_atomic (file, bytes, cancellable, error);
}

/**
 * xc_programme_get_towns:
 *
 * Returns: (transfer none): the region's towns, a list of #XcTown
 */
GListModel *
xc_programme_get_towns (XcProgramme *self)
{
  g_return_val_if_fail (XC_IS_PROGRAMME (self), NULL);

  return G_LIST_MODEL (self->towns);
}

/**
 * xc_programme_get_institutions:
 *
 * Returns: (transfer none): a list of #XcInstitution
 */
GListModel *
xc_programme_get_institutions (XcProgramme *self)
{
  g_return_val_if_fail (XC_IS_PROGRAMME (self), NULL);

  return G_LIST_MODEL (self->institutions);
}

/**
 * xc_programme_get_people:
 *
 * Returns: (transfer none): a list of #XcPerson
 */
GListModel *
xc_programme_get_people (XcProgramme *self)
{
  g_return_val_if_fail (XC_IS_PROGRAMME (self), NULL);

  return G_LIST_MODEL (self->people);
}

/**
 * xc_programme_get_units:
 *
 * Returns: (transfer none): a list of #XcUnit
 */
GListModel *
xc_programme_get_units (XcProgramme *self)
{
  g_return_val_if_fail (XC_IS_PROGRAMME (self), NULL);

  return G_LIST_MODEL (self->units);
}

/**
 * xc_programme_get_needs:
 *
 * Returns: (transfer none): a list of #XcNeed
 */
GListModel *
xc_programme_get_needs (XcProgramme *self)
{
  g_return_val_if_fail (XC_IS_PROGRAMME (self), NULL);

  return G_LIST_MODEL (self->needs);
}

/**
 * xc_programme_get_deviations:
 *
 * Returns: (transfer none): the findings the planner accepted, a list of
 *   #XcDeviation (the optional `deviations` member)
 */
GListModel *
xc_programme_get_deviations (XcProgramme *self)
{
  g_return_val_if_fail (XC_IS_PROGRAMME (self), NULL);

  return G_LIST_MODEL (self->deviations);
}

/**
 * xc_programme_accept_finding:
 * @finding: a finding of a validation of this design (or of a copy of it)
 * @reason: why the planner accepts it
 *
 * Records a deviation for @finding, dated today, and marks @finding
 * accepted. Later validations mark the same finding accepted again.
 *
 * Returns: (transfer none): the new deviation
 */
XcDeviation *
xc_programme_accept_finding (XcProgramme *self,
                             XcFinding   *finding,
                             const char  *reason)
{
  g_autoptr(XcDeviation) deviation = NULL;
  g_autoptr(GDateTime) now = NULL;
  g_autofree char *date = NULL;

  g_return_val_if_fail (XC_IS_PROGRAMME (self), NULL);
  g_return_val_if_fail (XC_IS_FINDING (finding), NULL);
  g_return_val_if_fail (reason != NULL, NULL);

  now = g_date_time_new_now_local ();
  date = g_date_time_format (now, "%Y-%m-%d");

  deviation = xc_deviation_new ();
  xc_deviation_set_rule (deviation, xc_finding_get_rule_id (finding));
  xc_deviation_set_unit (deviation, xc_finding_get_unit_id (finding));
  xc_deviation_set_subject (deviation, xc_finding_get_subject_id (finding));
  xc_deviation_set_reason (deviation, reason);
  xc_deviation_set_date (deviation, date);

  g_list_store_append (self->deviations, deviation);
  xc_finding_set_deviation (finding, deviation);
  return deviation;
}

/**
 * xc_programme_withdraw_deviation:
 * @deviation: a deviation of this design, or one equal to it (the same
 *   rule, unit and subject, e.g. from a copy the validation ran on)
 *
 * Removes the deviation: its finding is open again at the next validation.
 *
 * Returns: %TRUE if a deviation was removed
 */
gboolean
xc_programme_withdraw_deviation (XcProgramme *self,
                                 XcDeviation *deviation)
{
  guint n, position;

  g_return_val_if_fail (XC_IS_PROGRAMME (self), FALSE);
  g_return_val_if_fail (XC_IS_DEVIATION (deviation), FALSE);

  if (!g_list_store_find (self->deviations, deviation, &position))
    {
      n = g_list_model_get_n_items (G_LIST_MODEL (self->deviations));
      for (position = 0; position < n; position++)
        {
          g_autoptr(XcDeviation) item = g_list_model_get_item (G_LIST_MODEL (self->deviations),
                                                               position);

          if (g_strcmp0 (xc_deviation_get_rule (item), xc_deviation_get_rule (deviation)) == 0
              && g_strcmp0 (xc_deviation_get_unit (item), xc_deviation_get_unit (deviation)) == 0
              && g_strcmp0 (xc_deviation_get_subject (item),
                            xc_deviation_get_subject (deviation)) == 0)
            break;
        }
      if (position == n)
        return FALSE;
    }

  g_list_store_remove (self->deviations, position);
  return TRUE;
}

/**
 * xc_programme_copy:
 *
 * A deep copy sharing nothing with this design, so it can be validated in
 * a worker thread while this one is edited. No file is read or written.
 *
 * Returns: (transfer full): the copy
 */
XcProgramme *
xc_programme_copy (XcProgramme *self)
{
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) error = NULL;
  XcProgramme *copy;

  g_return_val_if_fail (XC_IS_PROGRAMME (self), NULL);

  /* through its bytes: records not looked into stay so in the copy */
  bytes = xc_programme_to_bytes (self);
  copy = xc_programme_new_from_bytes (bytes, "copy", &error);
  if (copy == NULL)
    g_error ("A design cannot be read back as it was written: %s", error->message);
  return copy;
}

/**
 * xc_programme_make_unique_id:
 * @prefix: e.g. `u` or `p`
 *
 * Returns: (transfer full): the first `PREFIX-N` (N = 1, 2, …) that no
 *   town, institution, person or unit of the design uses
 */
char *
xc_programme_make_unique_id (XcProgramme *self,
                             const char  *prefix)
{
  g_return_val_if_fail (XC_IS_PROGRAMME (self), NULL);
  g_return_val_if_fail (prefix != NULL, NULL);

  for (guint64 n = 1; ; n++)
    {
      g_autofree char *id = g_strdup_printf ("%s-%" G_GUINT64_FORMAT, prefix, n);

      if (xc_programme_lookup_town (self, id) == NULL
          && xc_programme_lookup_institution (self, id) == NULL
          && xc_programme_lookup_person (self, id) == NULL
          && xc_programme_lookup_unit (self, id) == NULL)
        return g_steal_pointer (&id);
    }
}

/* The first record with an id wins; XC-01 reports the others. */
static GHashTable *
build_index (GListModel *list)
{
  guint n = g_list_model_get_n_items (list);
  GHashTable *index = g_hash_table_new_full (g_str_hash, g_str_equal, NULL, g_object_unref);

  for (guint i = 0; i < n; i++)
    {
      XcRecord *item = g_list_model_get_item (list, i);
      const char *id = xc_record_get_id (item);

      if (id != NULL && !g_hash_table_contains (index, id))
        g_hash_table_insert (index, (gpointer) id, item);
      else
        g_object_unref (item);
    }
  return index;
}

static gpointer
lookup (XcProgramme    *self,
        GHashTable    **index,
        GListStore     *list,
        XcFormatRecord  record,
        const char     *id)
{
  if (id == NULL)
    return NULL;
  /* Hashing 100,000 people here held up the first rows of a national
   * design's page: as read, its records are where the design has them. */
  if (*index == NULL && self->ids_as_read)
    {
      guint position = _xc_design_find (self->design, record, id);
      g_autoptr(GObject) item = NULL;

      if (position == XC_DESIGN_NONE)
        return NULL;
      item = g_list_model_get_item (G_LIST_MODEL (list), position);
      return item;  /* the list keeps it */
    }
  if (*index == NULL)
    *index = build_index (G_LIST_MODEL (list));
  return g_hash_table_lookup (*index, id);
}

/**
 * xc_programme_lookup_town:
 *
 * Returns: (transfer none) (nullable): the town with @id
 */
XcTown *
xc_programme_lookup_town (XcProgramme *self,
                          const char  *id)
{
  g_return_val_if_fail (XC_IS_PROGRAMME (self), NULL);

  return lookup (self, &self->town_index, self->towns, XC_FORMAT_RECORD_TOWN, id);
}

/**
 * xc_programme_lookup_institution:
 *
 * Returns: (transfer none) (nullable): the institution with @id
 */
XcInstitution *
xc_programme_lookup_institution (XcProgramme *self,
                                 const char  *id)
{
  g_return_val_if_fail (XC_IS_PROGRAMME (self), NULL);

  return lookup (self, &self->institution_index, self->institutions, XC_FORMAT_RECORD_INSTITUTION, id);
}

/**
 * xc_programme_get_institution_county:
 * @institution: (nullable): an institution of the design
 *
 * The county an institution is in: its own `county`, else its town's.
 *
 * Returns: (transfer none) (nullable): the county; %NULL where neither is
 *   known
 */
const char *
xc_programme_get_institution_county (XcProgramme   *self,
                                     XcInstitution *institution)
{
  const char *county;
  XcTown *town;

  g_return_val_if_fail (XC_IS_PROGRAMME (self), NULL);
  g_return_val_if_fail (institution == NULL || XC_IS_INSTITUTION (institution), NULL);

  if (institution == NULL)
    return NULL;
  county = xc_institution_get_county (institution);
  if (county != NULL && county[0] != '\0')
    return county;
  town = xc_programme_lookup_town (self, xc_institution_get_town (institution));
  county = town != NULL ? xc_town_get_county (town) : NULL;
  return county != NULL && county[0] != '\0' ? county : NULL;
}

/**
 * xc_programme_lookup_person:
 *
 * Returns: (transfer none) (nullable): the person with @id
 */
XcPerson *
xc_programme_lookup_person (XcProgramme *self,
                            const char  *id)
{
  g_return_val_if_fail (XC_IS_PROGRAMME (self), NULL);

  return lookup (self, &self->person_index, self->people, XC_FORMAT_RECORD_PERSON, id);
}

/**
 * xc_programme_lookup_unit:
 *
 * Returns: (transfer none) (nullable): the unit with @id
 */
XcUnit *
xc_programme_lookup_unit (XcProgramme *self,
                          const char  *id)
{
  g_return_val_if_fail (XC_IS_PROGRAMME (self), NULL);

  return lookup (self, &self->unit_index, self->units, XC_FORMAT_RECORD_UNIT, id);
}

/**
 * xc_programme_get_budget_total:
 * @total: (out) (optional): the budget
 *
 * Returns: %TRUE if the design has a budget total
 */
gboolean
xc_programme_get_budget_total (XcProgramme *self,
                               double      *total)
{
  g_return_val_if_fail (XC_IS_PROGRAMME (self), FALSE);

  return _xc_record_get_number (XC_RECORD (self), "budget.total", total);
}

/**
 * xc_programme_compute_onsite_days:
 *
 * On-site days a month of every expert, as docs/format-extensions.md
 * defines them: over the units where a person is lead or team member, the
 * sum of the `on_site_days` commitments whose role covers them; where no
 * `on_site_days` commitment of the unit covers them, one day for each
 * session in person (outpatient, ward round, operation, consultation,
 * seminar, training class, teaching review) whose role covers them, a
 * `team` or `group` session shared equally by the persons it covers.
 *
 * Returns: (transfer full) (element-type utf8 double): person id → a
 *   pointer to their days a month; every lead and team member has an entry
 */
GHashTable *
xc_programme_compute_onsite_days (XcProgramme *self)
{
  GHashTable *days = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  g_autoptr(XcDesign) design = NULL;
  GHashTableIter iter;
  gpointer id, value;
  const XcPersonData *people;
  const double *onsite;
  guint n_people;

  g_return_val_if_fail (XC_IS_PROGRAMME (self), NULL);

  /* the plain records compute it (xc_design_get_onsite_days()) */
  if (_xc_programme_get_design_as_read (XC_RECORD (self)) != NULL)
    design = g_object_ref (_xc_programme_get_design_as_read (XC_RECORD (self)));
  else
    {
      g_autoptr(GBytes) bytes = xc_programme_to_bytes (self);

      design = xc_design_new_from_bytes (bytes, "design", NULL);
      g_return_val_if_fail (design != NULL, days);
    }

  people = xc_design_get_people (design, &n_people);
  onsite = xc_design_get_onsite_days (design);
  for (guint i = 0; i < n_people; i++)
    if (_xc_design_is_expert (design, i) && people[i].id != NULL
        && !g_hash_table_contains (days, people[i].id))
      g_hash_table_insert (days, g_strdup (people[i].id), g_memdup2 (&onsite[i], sizeof (double)));
  g_hash_table_iter_init (&iter, _xc_design_get_dangling_onsite_days (design));
  while (g_hash_table_iter_next (&iter, &id, &value))
    g_hash_table_insert (days, g_strdup (id), g_memdup2 (value, sizeof (double)));
  return days;
}

const char *
xc_programme_get_scheme (XcProgramme *self)
{
  g_return_val_if_fail (XC_IS_PROGRAMME (self), NULL);

  return _xc_record_get_string (XC_RECORD (self), "scheme");
}

void
xc_programme_set_scheme (XcProgramme *self,
                         const char *value)
{
  g_return_if_fail (XC_IS_PROGRAMME (self));

  _xc_record_update (XC_RECORD (self), "scheme", value, NULL);
}

const char *
xc_programme_get_id (XcProgramme *self)
{
  g_return_val_if_fail (XC_IS_PROGRAMME (self), NULL);

  return _xc_record_get_string (XC_RECORD (self), "id");
}

void
xc_programme_set_id (XcProgramme *self,
                     const char *value)
{
  g_return_if_fail (XC_IS_PROGRAMME (self));

  _xc_record_update (XC_RECORD (self), "id", value, NULL);
}

const char *
xc_programme_get_title (XcProgramme *self)
{
  g_return_val_if_fail (XC_IS_PROGRAMME (self), NULL);

  return _xc_record_get_string (XC_RECORD (self), "title");
}

void
xc_programme_set_title (XcProgramme *self,
                        const char *value)
{
  g_return_if_fail (XC_IS_PROGRAMME (self));

  _xc_record_update (XC_RECORD (self), "title", value, NULL);
}

const char *
xc_programme_get_province (XcProgramme *self)
{
  g_return_val_if_fail (XC_IS_PROGRAMME (self), NULL);

  return _xc_record_get_string (XC_RECORD (self), "region.province");
}

void
xc_programme_set_province (XcProgramme *self,
                           const char *value)
{
  g_return_if_fail (XC_IS_PROGRAMME (self));

  _xc_record_update (XC_RECORD (self), "province", value, NULL);
}

const char *
xc_programme_get_city (XcProgramme *self)
{
  g_return_val_if_fail (XC_IS_PROGRAMME (self), NULL);

  return _xc_record_get_string (XC_RECORD (self), "region.city");
}

void
xc_programme_set_city (XcProgramme *self,
                       const char *value)
{
  g_return_if_fail (XC_IS_PROGRAMME (self));

  _xc_record_update (XC_RECORD (self), "city", value, NULL);
}

const char * const *
xc_programme_get_counties (XcProgramme *self)
{
  g_return_val_if_fail (XC_IS_PROGRAMME (self), NULL);

  return _xc_record_get_strv (XC_RECORD (self), "region.counties");
}

void
xc_programme_set_counties (XcProgramme *self,
                           const char * const *value)
{
  g_return_if_fail (XC_IS_PROGRAMME (self));

  _xc_record_update (XC_RECORD (self), "counties", value, NULL);
}

const char *
xc_programme_get_start (XcProgramme *self)
{
  g_return_val_if_fail (XC_IS_PROGRAMME (self), NULL);

  return _xc_record_get_string (XC_RECORD (self), "period.start");
}

void
xc_programme_set_start (XcProgramme *self,
                        const char *value)
{
  g_return_if_fail (XC_IS_PROGRAMME (self));

  _xc_record_update (XC_RECORD (self), "start", value, NULL);
}

gint64
xc_programme_get_months (XcProgramme *self)
{
  g_return_val_if_fail (XC_IS_PROGRAMME (self), 0);

  return _xc_record_get_int (XC_RECORD (self), "period.months", 0);
}

void
xc_programme_set_months (XcProgramme *self,
                         gint64 value)
{
  g_return_if_fail (XC_IS_PROGRAMME (self));

  _xc_record_update (XC_RECORD (self), "months", value, NULL);
}

const char *
xc_programme_get_partner (XcProgramme *self)
{
  g_return_val_if_fail (XC_IS_PROGRAMME (self), NULL);

  return _xc_record_get_string (XC_RECORD (self), "partner");
}

void
xc_programme_set_partner (XcProgramme *self,
                          const char *value)
{
  g_return_if_fail (XC_IS_PROGRAMME (self));

  _xc_record_update (XC_RECORD (self), "partner", value, NULL);
}

const char *
xc_programme_get_currency (XcProgramme *self)
{
  g_return_val_if_fail (XC_IS_PROGRAMME (self), NULL);

  return _xc_record_get_string (XC_RECORD (self), "budget.currency");
}

void
xc_programme_set_currency (XcProgramme *self,
                           const char *value)
{
  g_return_if_fail (XC_IS_PROGRAMME (self));

  _xc_record_update (XC_RECORD (self), "currency", value, NULL);
}

/**
 * xc_programme_get_planned_acceptance_month:
 *
 * Returns: the value, or -1 where the design does not give it
 */
gint64
xc_programme_get_planned_acceptance_month (XcProgramme *self)
{
  g_return_val_if_fail (XC_IS_PROGRAMME (self), -1);

  return _xc_record_get_int (XC_RECORD (self), "acceptance.planned_month", -1);
}

void
xc_programme_set_planned_acceptance_month (XcProgramme *self,
                                           gint64 value)
{
  g_return_if_fail (XC_IS_PROGRAMME (self));

  _xc_record_update (XC_RECORD (self), "planned-acceptance-month", value, NULL);
}

const char *
xc_programme_get_acceptance_applicant (XcProgramme *self)
{
  g_return_val_if_fail (XC_IS_PROGRAMME (self), NULL);

  return _xc_record_get_string (XC_RECORD (self), "acceptance.applicant");
}

void
xc_programme_set_acceptance_applicant (XcProgramme *self,
                                       const char *value)
{
  g_return_if_fail (XC_IS_PROGRAMME (self));

  _xc_record_update (XC_RECORD (self), "acceptance-applicant", value, NULL);
}

gboolean
xc_programme_get_third_party_acceptance (XcProgramme *self)
{
  g_return_val_if_fail (XC_IS_PROGRAMME (self), FALSE);

  return _xc_record_get_bool (XC_RECORD (self), "acceptance.third_party", FALSE);
}

void
xc_programme_set_third_party_acceptance (XcProgramme *self,
                                         gboolean value)
{
  g_return_if_fail (XC_IS_PROGRAMME (self));

  _xc_record_update (XC_RECORD (self), "third-party-acceptance", value, NULL);
}

