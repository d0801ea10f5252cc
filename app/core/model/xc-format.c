/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "xc-format"

#include "config.h"

#include <errno.h>
#include <glib/gi18n-lib.h>
#include <math.h>
#include <string.h>

#include "xc-design.h"
#include "xc-format-private.h"
#include "xc-file-io.h"
#include "xc-json-reader.h"
#include "xc-json-writer.h"
#include "xc-record-private.h"

G_DEFINE_QUARK (xc-format-error-quark, xc_format_error)

/* The most problems one error message lists. */
#define MAX_PROBLEMS 10

#define SHAPE(name, record, type, ...) \
  static const XcField name##_members[] = { __VA_ARGS__, { NULL } }; \
  static const XcShape name = { name##_members, FALSE, record, type }
#define PART(name, ...) SHAPE (name, XC_FORMAT_RECORD_NONE, 0, __VA_ARGS__)

static const char * const roles[] = { "lead", "team", "learners", "group", NULL };
static const char * const pers[] = { "week", "fortnight", "month", "quarter", "year", NULL };

static const XcShape targets = { NULL, TRUE, XC_FORMAT_RECORD_NONE, 0 };

SHAPE (town, XC_FORMAT_RECORD_TOWN, sizeof (XcTownData),
  { "id", XC_FIELD_STRING, XC_FIELD_TO_LOAD, XC_FIELD_AT (XcTownData, id) },
  { "name", XC_FIELD_STRING, XC_FIELD_TO_COMPLETE, XC_FIELD_AT (XcTownData, name) },
  { "county", XC_FIELD_STRING, XC_FIELD_AT (XcTownData, county) });

PART (region,
  { "province", XC_FIELD_STRING, XC_FIELD_AT (XcProgrammeData, province) },
  { "city", XC_FIELD_STRING, XC_FIELD_AT (XcProgrammeData, city) },
  { "counties", XC_FIELD_STRINGS, XC_FIELD_AT (XcProgrammeData, counties) },
  { "towns", XC_FIELD_OBJECTS, XC_FIELD_OPTIONAL, &town });

PART (period,
  { "start", XC_FIELD_STRING, XC_FIELD_TO_COMPLETE, XC_FIELD_AT (XcProgrammeData, start) },
  { "months", XC_FIELD_INT, XC_FIELD_TO_COMPLETE, XC_FIELD_AT (XcProgrammeData, months) });

PART (budget,
  { "total", XC_FIELD_NUMBER, XC_FIELD_AT (XcProgrammeData, budget_total) },
  { "currency", XC_FIELD_STRING, XC_FIELD_AT (XcProgrammeData, currency) },
  { "per_year", XC_FIELD_NUMBER, XC_FIELD_AT (XcProgrammeData, budget_per_year) });

SHAPE (institution, XC_FORMAT_RECORD_INSTITUTION, sizeof (XcInstitutionData),
  { "id", XC_FIELD_STRING, XC_FIELD_TO_LOAD, XC_FIELD_AT (XcInstitutionData, id) },
  { "name", XC_FIELD_STRING, XC_FIELD_TO_COMPLETE, XC_FIELD_AT (XcInstitutionData, name) },
  { "kind", XC_FIELD_STRING, XC_FIELD_TO_COMPLETE, XC_FIELD_AT (XcInstitutionData, kind) },
  { "level", XC_FIELD_STRING, XC_FIELD_AT (XcInstitutionData, level) },
  { "ownership", XC_FIELD_STRING, XC_FIELD_AT (XcInstitutionData, ownership) },
  { "county", XC_FIELD_STRING, XC_FIELD_AT (XcInstitutionData, county) },
  { "town", XC_FIELD_STRING, XC_FIELD_AT (XcInstitutionData, town) },
  { "has_ward", XC_FIELD_BOOL, XC_FIELD_AT (XcInstitutionData, has_ward) },
  { "beds", XC_FIELD_INT, XC_FIELD_AT (XcInstitutionData, beds) },
  { "population", XC_FIELD_INT, XC_FIELD_AT (XcInstitutionData, population) },
  { "affiliated_to", XC_FIELD_STRING, XC_FIELD_AT (XcInstitutionData, affiliated_to) });

SHAPE (person, XC_FORMAT_RECORD_PERSON, sizeof (XcPersonData),
  { "id", XC_FIELD_STRING, XC_FIELD_TO_LOAD, XC_FIELD_AT (XcPersonData, id) },
  { "name", XC_FIELD_STRING, XC_FIELD_TO_COMPLETE, XC_FIELD_AT (XcPersonData, name) },
  { "title", XC_FIELD_STRING, XC_FIELD_TO_COMPLETE, XC_FIELD_AT (XcPersonData, title) },
  { "institution", XC_FIELD_STRING, XC_FIELD_TO_COMPLETE, XC_FIELD_AT (XcPersonData, institution) },
  { "honours", XC_FIELD_STRINGS, XC_FIELD_AT (XcPersonData, honours) },
  { "specialty", XC_FIELD_STRING, XC_FIELD_AT (XcPersonData, specialty) },
  { "birth_year", XC_FIELD_INT, XC_FIELD_AT (XcPersonData, birth_year) },
  { "degree", XC_FIELD_STRING, XC_FIELD_AT (XcPersonData, degree) });

SHAPE (team_member, XC_FORMAT_RECORD_TEAM_MEMBER, sizeof (XcTeamMemberData),
  { "person", XC_FIELD_STRING, XC_FIELD_TO_COMPLETE, XC_FIELD_AT (XcTeamMemberData, person) },
  { "residency_months", XC_FIELD_INT, XC_FIELD_AT (XcTeamMemberData, residency_months) });

SHAPE (commitment, XC_FORMAT_RECORD_COMMITMENT, sizeof (XcCommitmentData),
  { "role", XC_FIELD_STRING, XC_FIELD_TO_COMPLETE, NULL, roles, XC_FIELD_AT (XcCommitmentData, role) },
  { "activity", XC_FIELD_STRING, XC_FIELD_TO_COMPLETE, XC_FIELD_AT (XcCommitmentData, activity) },
  { "count", XC_FIELD_NUMBER, XC_FIELD_TO_COMPLETE, XC_FIELD_AT (XcCommitmentData, count) },
  { "per", XC_FIELD_STRING, XC_FIELD_TO_COMPLETE, NULL, pers, XC_FIELD_AT (XcCommitmentData, per) });

PART (facilities,
  { "teaching_room_m2", XC_FIELD_NUMBER, XC_FIELD_AT (XcUnitData, teaching_room_m2) },
  { "reading_room", XC_FIELD_BOOL, XC_FIELD_AT (XcUnitData, reading_room) },
  { "equipment", XC_FIELD_STRINGS, XC_FIELD_AT (XcUnitData, equipment) });

/* A unit's name is not required by the format: only its id, which
 * references need. */
SHAPE (unit, XC_FORMAT_RECORD_UNIT, sizeof (XcUnitData),
  { "id", XC_FIELD_STRING, XC_FIELD_TO_LOAD, XC_FIELD_AT (XcUnitData, id) },
  { "name", XC_FIELD_STRING, XC_FIELD_AT (XcUnitData, name) },
  { "kind", XC_FIELD_STRING, XC_FIELD_AT (XcUnitData, kind) },
  { "variant", XC_FIELD_STRING, XC_FIELD_AT (XcUnitData, variant) },
  { "host", XC_FIELD_STRING, XC_FIELD_AT (XcUnitData, host) },
  { "specialty", XC_FIELD_STRING, XC_FIELD_AT (XcUnitData, specialty) },
  { "lead", XC_FIELD_STRING, XC_FIELD_AT (XcUnitData, lead) },
  { "team", XC_FIELD_OBJECTS, XC_FIELD_OPTIONAL, &team_member },
  { "learners", XC_FIELD_STRINGS, XC_FIELD_AT (XcUnitData, learners) },
  { "start", XC_FIELD_STRING, XC_FIELD_AT (XcUnitData, start) },
  { "months", XC_FIELD_INT, XC_FIELD_AT (XcUnitData, months) },
  { "commitments", XC_FIELD_OBJECTS, XC_FIELD_OPTIONAL, &commitment },
  { "facilities", XC_FIELD_OBJECT, XC_FIELD_OPTIONAL, &facilities },
  { "services", XC_FIELD_STRINGS, XC_FIELD_AT (XcUnitData, services) },
  { "targets", XC_FIELD_OBJECT, XC_FIELD_OPTIONAL, &targets },
  { "ext", XC_FIELD_OBJECT });

SHAPE (need, XC_FORMAT_RECORD_NEED, sizeof (XcNeedData),
  { "institution", XC_FIELD_STRING, XC_FIELD_TO_COMPLETE, XC_FIELD_AT (XcNeedData, institution) },
  { "specialty", XC_FIELD_STRING, XC_FIELD_TO_COMPLETE, XC_FIELD_AT (XcNeedData, specialty) },
  { "note", XC_FIELD_STRING, XC_FIELD_AT (XcNeedData, note) });

/* An extension of v1: findings the planner accepted (docs/format-extensions.md). */
SHAPE (deviation, XC_FORMAT_RECORD_DEVIATION, sizeof (XcDeviationData),
  { "rule", XC_FIELD_STRING, XC_FIELD_TO_LOAD, XC_FIELD_AT (XcDeviationData, rule) },
  { "unit", XC_FIELD_STRING, XC_FIELD_AT (XcDeviationData, unit) },
  { "subject", XC_FIELD_STRING, XC_FIELD_AT (XcDeviationData, subject) },
  { "reason", XC_FIELD_STRING, XC_FIELD_TO_LOAD, XC_FIELD_AT (XcDeviationData, reason) },
  { "date", XC_FIELD_STRING, XC_FIELD_AT (XcDeviationData, date) });

PART (acceptance,
  { "planned_month", XC_FIELD_INT, XC_FIELD_AT (XcProgrammeData, planned_acceptance_month) },
  { "applicant", XC_FIELD_STRING, XC_FIELD_AT (XcProgrammeData, acceptance_applicant) },
  { "third_party", XC_FIELD_BOOL, XC_FIELD_AT (XcProgrammeData, third_party_acceptance) });

SHAPE (programme, XC_FORMAT_RECORD_PROGRAMME, sizeof (XcProgrammeData),
  { "format", XC_FIELD_STRING, XC_FIELD_TO_LOAD },
  { "version", XC_FIELD_INT, XC_FIELD_TO_LOAD },
  { "scheme", XC_FIELD_STRING, XC_FIELD_TO_LOAD, XC_FIELD_AT (XcProgrammeData, scheme) },
  { "id", XC_FIELD_STRING, XC_FIELD_TO_LOAD, XC_FIELD_AT (XcProgrammeData, id) },
  { "title", XC_FIELD_STRING, XC_FIELD_TO_COMPLETE, XC_FIELD_AT (XcProgrammeData, title) },
  { "region", XC_FIELD_OBJECT, XC_FIELD_OPTIONAL, &region },
  { "period", XC_FIELD_OBJECT, XC_FIELD_TO_COMPLETE, &period },
  { "budget", XC_FIELD_OBJECT, XC_FIELD_OPTIONAL, &budget },
  { "partner", XC_FIELD_STRING, XC_FIELD_AT (XcProgrammeData, partner) },
  { "institutions", XC_FIELD_OBJECTS, XC_FIELD_TO_LOAD, &institution },
  { "people", XC_FIELD_OBJECTS, XC_FIELD_TO_LOAD, &person },
  { "units", XC_FIELD_OBJECTS, XC_FIELD_TO_LOAD, &unit },
  { "needs", XC_FIELD_OBJECTS, XC_FIELD_TO_LOAD, &need },
  { "acceptance", XC_FIELD_OBJECT, XC_FIELD_OPTIONAL, &acceptance },
  { "deviations", XC_FIELD_OBJECTS, XC_FIELD_OPTIONAL, &deviation },
  { "ext", XC_FIELD_OBJECT });

const XcShape *
_xc_format_get_shape (XcFormatRecord record)
{
  static const XcShape *shapes[] = {
    [XC_FORMAT_RECORD_PROGRAMME] = &programme,
    [XC_FORMAT_RECORD_TOWN] = &town,
    [XC_FORMAT_RECORD_INSTITUTION] = &institution,
    [XC_FORMAT_RECORD_PERSON] = &person,
    [XC_FORMAT_RECORD_UNIT] = &unit,
    [XC_FORMAT_RECORD_NEED] = &need,
    [XC_FORMAT_RECORD_TEAM_MEMBER] = &team_member,
    [XC_FORMAT_RECORD_COMMITMENT] = &commitment,
    [XC_FORMAT_RECORD_DEVIATION] = &deviation,
  };

  g_return_val_if_fail (record < G_N_ELEMENTS (shapes), NULL);
  return shapes[record];
}

typedef struct
{
  const char *display_name;
  GPtrArray  *problems;
  guint       n_problems;
} Checker;

static void
add_problem (Checker    *checker,
             GString    *path,
             const char *format,
             ...) G_GNUC_PRINTF (3, 4);

static void
add_problem (Checker    *checker,
             GString    *path,
             const char *format,
             ...)
{
  g_autofree char *text = NULL;
  va_list args;

  checker->n_problems++;
  if (checker->problems->len >= MAX_PROBLEMS)
    return;

  va_start (args, format);
  text = g_strdup_vprintf (format, args);
  va_end (args);

  g_ptr_array_add (checker->problems,
                   g_strdup_printf ("%s: %s: %s", checker->display_name, path->str, text));
}

static const char *
describe_node (JsonNode *node)
{
  switch (json_node_get_node_type (node))
    {
    case JSON_NODE_OBJECT:
      return _("an object");
    case JSON_NODE_ARRAY:
      return _("an array");
    case JSON_NODE_NULL:
      return _("null");
    case JSON_NODE_VALUE:
    default:
      break;
    }

  switch (json_node_get_value_type (node))
    {
    case G_TYPE_STRING:
      return _("a string");
    case G_TYPE_BOOLEAN:
      return _("true or false");
    default:
      return _("a number");
    }
}

static const char *
describe_kind (XcFieldKind kind)
{
  switch (kind)
    {
    case XC_FIELD_STRING:
      return _("a string");
    case XC_FIELD_INT:
      return _("a whole number");
    case XC_FIELD_NUMBER:
      return _("a number");
    case XC_FIELD_BOOL:
      return _("true or false");
    case XC_FIELD_OBJECT:
      return _("an object");
    case XC_FIELD_OBJECTS:
      return _("an array of objects");
    case XC_FIELD_STRINGS:
      return _("an array of strings");
    default:
      g_assert_not_reached ();
    }
}

static gboolean
node_is_number (JsonNode *node)
{
  GType type;

  if (!JSON_NODE_HOLDS_VALUE (node))
    return FALSE;
  type = json_node_get_value_type (node);
  return type == G_TYPE_INT64 || type == G_TYPE_DOUBLE;
}

static gboolean
node_is_string (JsonNode *node)
{
  return JSON_NODE_HOLDS_VALUE (node) && json_node_get_value_type (node) == G_TYPE_STRING;
}

/* A number as the file would write it: 1.0000000000000002 stays that, not
 * "1" as %g would round it. */
static char *
number_text (JsonNode *node)
{
  double value;

  if (json_node_get_value_type (node) == G_TYPE_INT64)
    return g_strdup_printf ("%" G_GINT64_FORMAT, json_node_get_int (node));

  value = json_node_get_double (node);
  if (value == floor (value) && fabs (value) < 1e17)
    return g_strdup_printf ("%.0f", value);
  for (int precision = 1; precision < 17; precision++)
    {
      char *text = g_strdup_printf ("%.*g", precision, value);

      if (g_ascii_strtod (text, NULL) == value)
        return text;
      g_free (text);
    }
  return g_strdup_printf ("%.17g", value);
}

static gboolean
node_is_whole (JsonNode *node)
{
  return json_node_get_value_type (node) == G_TYPE_INT64
         || json_node_get_double (node) == floor (json_node_get_double (node));
}

/* Integer members are read into gint64 and added and multiplied by rules:
 * 32 bits leave them room, and no cast of a double is undefined. */
static gboolean
in_int_range (JsonNode *node)
{
  if (json_node_get_value_type (node) == G_TYPE_INT64)
    return json_node_get_int (node) >= G_MININT32 && json_node_get_int (node) <= G_MAXINT32;
  return json_node_get_double (node) >= G_MININT32 && json_node_get_double (node) <= G_MAXINT32;
}

static void check_object (Checker     *checker,
                          JsonObject  *object,
                          const XcShape *shape,
                          GString     *path);

static void
check_value (Checker      *checker,
             JsonNode     *node,
             const XcField *member,
             GString      *path)
{
  gsize len = path->len;

  switch (member->kind)
    {
    case XC_FIELD_STRING:
      /* A value outside a closed vocabulary is rule XC-07's, not a reason
       * to refuse the file. */
      if (!node_is_string (node))
        goto wrong_type;
      return;

    case XC_FIELD_INT:
      {
        g_autofree char *text = NULL;

        if (!node_is_number (node))
          goto wrong_type;
        if (node_is_whole (node) && in_int_range (node))
          return;
        text = number_text (node);
        if (!node_is_whole (node))
          add_problem (checker, path, _("expected a whole number, found %s"), text);
        else
          add_problem (checker, path, _("%s is out of range: expected a whole number from %d to %d"),
                       text, G_MININT32, G_MAXINT32);
        return;
      }

    case XC_FIELD_NUMBER:
      if (!node_is_number (node))
        goto wrong_type;
      return;

    case XC_FIELD_BOOL:
      if (!JSON_NODE_HOLDS_VALUE (node) || json_node_get_value_type (node) != G_TYPE_BOOLEAN)
        goto wrong_type;
      return;

    case XC_FIELD_OBJECT:
      if (!JSON_NODE_HOLDS_OBJECT (node))
        goto wrong_type;
      if (member->shape != NULL)
        check_object (checker, json_node_get_object (node), member->shape, path);
      return;

    case XC_FIELD_STRINGS:
    case XC_FIELD_OBJECTS:
      {
        JsonArray *array;
        guint n;

        if (!JSON_NODE_HOLDS_ARRAY (node))
          goto wrong_type;

        array = json_node_get_array (node);
        n = json_array_get_length (array);
        for (guint i = 0; i < n; i++)
          {
            JsonNode *element = json_array_get_element (array, i);

            g_string_append_printf (path, "[%u]", i);
            if (member->kind == XC_FIELD_STRINGS && !node_is_string (element))
              add_problem (checker, path, _("expected a string, found %s"),
                           describe_node (element));
            else if (member->kind == XC_FIELD_OBJECTS && !JSON_NODE_HOLDS_OBJECT (element))
              add_problem (checker, path, _("expected an object, found %s"),
                           describe_node (element));
            else if (member->kind == XC_FIELD_OBJECTS)
              check_object (checker, json_node_get_object (element), member->shape, path);
            g_string_truncate (path, len);
          }
        return;
      }

    default:
      g_assert_not_reached ();
    }

wrong_type:
  add_problem (checker, path, _("expected %s, found %s"),
               describe_kind (member->kind), describe_node (node));
}

static void
check_object (Checker     *checker,
              JsonObject  *object,
              const XcShape *shape,
              GString     *path)
{
  gsize outer_len = path->len;
  const char *id = _xc_json_get_string (object, "id");
  gsize len;

  /* Name the object by its id where it has one: "units[3] (u-3)". */
  if (id != NULL && outer_len > 0 && path->str[outer_len - 1] == ']')
    g_string_append_printf (path, " (%s)", id);
  len = path->len;

  if (shape->numbers_only)
    {
      JsonObjectIter iter;
      const char *name;
      JsonNode *node;

      json_object_iter_init (&iter, object);
      while (json_object_iter_next (&iter, &name, &node))
        {
          g_string_append_printf (path, ".%s", name);
          if (!node_is_number (node) && !JSON_NODE_HOLDS_NULL (node))
            add_problem (checker, path, _("expected a number, found %s"), describe_node (node));
          g_string_truncate (path, len);
        }
      g_string_truncate (path, outer_len);
      return;
    }

  for (const XcField *member = shape->members; member->name != NULL; member++)
    {
      JsonNode *node = json_object_get_member (object, member->name);

      if (len > 0)
        g_string_append_c (path, '.');
      g_string_append (path, member->name);

      /* An optional member may be null: it reads as absent. */
      if (node == NULL || (JSON_NODE_HOLDS_NULL (node) && member->required != XC_FIELD_TO_LOAD))
        {
          if (member->required == XC_FIELD_TO_LOAD)
            add_problem (checker, path, _("required member is missing"));
        }
      else
        check_value (checker, node, member, path);

      g_string_truncate (path, len);
    }
  g_string_truncate (path, outer_len);
}

/* Whether anything in @member can be missing or outside its vocabulary:
 * the others need not be looked at, which keeps XC-07 cheap at national
 * scale. */
static gboolean
member_can_be_incomplete (const XcField *member)
{
  if (member->required != XC_FIELD_OPTIONAL || member->values != NULL)
    return TRUE;
  if (member->kind == XC_FIELD_OBJECT && member->shape != NULL && !member->shape->numbers_only)
    for (const XcField *inner = member->shape->members; inner->name != NULL; inner++)
      if (member_can_be_incomplete (inner))
        return TRUE;
  return FALSE;
}

static void
report_member (GString             *path,
               const char          *name,
               const char          *unknown_value,
               XcFormatMissingFunc  func,
               gpointer             user_data)
{
  gsize len = path->len;

  if (len > 0)
    g_string_append_c (path, '.');
  g_string_append (path, name);
  func (path->str, unknown_value, user_data);
  g_string_truncate (path, len);
}

static void
foreach_missing (const XcShape         *shape,
                 JsonObject          *object,
                 GString             *path,
                 XcFormatMissingFunc  func,
                 gpointer             user_data)
{
  if (shape->numbers_only)
    return;
  for (const XcField *member = shape->members; member->name != NULL; member++)
    {
      JsonNode *node;
      gboolean absent;

      /* Arrays of objects are records of their own (units, a unit's team
       * and commitments), checked one by one from the model's lists. */
      if (member->kind == XC_FIELD_OBJECTS || !member_can_be_incomplete (member))
        continue;

      node = object != NULL ? json_object_get_member (object, member->name) : NULL;
      /* A text a planner emptied is as unfilled as one never typed. */
      absent = node == NULL || JSON_NODE_HOLDS_NULL (node)
               || (node_is_string (node) && *json_node_get_string (node) == '\0');

      if (member->kind == XC_FIELD_OBJECT && member->shape != NULL
          && (absent ? member->required == XC_FIELD_TO_COMPLETE : JSON_NODE_HOLDS_OBJECT (node)))
        {
          gsize len = path->len;

          if (len > 0)
            g_string_append_c (path, '.');
          g_string_append (path, member->name);
          foreach_missing (member->shape, absent ? NULL : json_node_get_object (node), path, func,
                           user_data);
          g_string_truncate (path, len);
        }
      else if (absent && (member->required == XC_FIELD_TO_COMPLETE || (node != NULL && member->required == XC_FIELD_TO_LOAD)))
        report_member (path, member->name, NULL, func, user_data);   /* XC_FIELD_TO_LOAD: an emptied id */
      else if (!absent && member->values != NULL && node_is_string (node)
               && !g_strv_contains (member->values, json_node_get_string (node)))
        report_member (path, member->name, json_node_get_string (node), func, user_data);
    }
}

/*
 * _xc_format_foreach_missing:
 * @record: which record of the format @object is
 * @object: (nullable): the record's JSON
 *
 * Calls @func with the path (relative to @object, as findings carry it:
 * `title`, `period.start`) of every member the format requires of a
 * complete design that @object lacks, and of every member whose value is
 * outside its closed vocabulary (with that value). Arrays of records (a programme's
 * units, a unit's commitments) are left to their own records: the model's
 * lists, not the JSON, are current while a design is edited.
 */
void
_xc_format_foreach_missing (XcFormatRecord       record,
                            JsonObject          *object,
                            XcFormatMissingFunc  func,
                            gpointer             user_data)
{

  g_autoptr(GString) path = g_string_new (NULL);

  g_return_if_fail (record < XC_FORMAT_RECORD_DEVIATION);

  foreach_missing (_xc_format_get_shape (record), object, path, func, user_data);
}

/* A number's JSON node: an integer where the text is one that fits, as
 * json-glib made it, else a double. A number beyond a double's range
 * cannot be kept or written back, so it is refused. */
static JsonNode *
number_node (const char *text)
{
  char *end;

  if (strpbrk (text, ".eE") == NULL)
    {
      gint64 value;

      errno = 0;
      value = g_ascii_strtoll (text, &end, 10);
      if (errno == 0 && *end == '\0')
        return json_node_init_int (json_node_alloc (), value);
    }
  {
    double value = g_ascii_strtod (text, &end);

    if (!isfinite (value))
      return NULL;
    return json_node_init_double (json_node_alloc (), value);
  }
}

/* Builds json-glib's tree from the strict reader's events, with a stack of
 * open containers instead of recursion. */
static JsonNode *
build_tree (const char  *data,
            gsize        length,
            const char  *display_name,
            GError     **error)
{
  g_autoptr(XcJsonReader) reader = xc_json_reader_new (data, length);
  g_autoptr(GError) local_error = NULL;
  g_autoptr(GString) name = g_string_new (NULL);
  JsonNode *stack[XC_JSON_MAX_DEPTH + 1];
  guint depth = 0;
  JsonNode *root = NULL;
  XcJsonEvent event;
  guint line, column;

  while ((event = xc_json_reader_next (reader, &local_error)) != XC_JSON_EVENT_END)
    {
      JsonNode *node = NULL;
      gsize text_length;
      const char *text;

      switch (event)
        {
        case XC_JSON_EVENT_MEMBER:
          text = xc_json_reader_get_text (reader, &text_length);
          g_string_truncate (name, 0);
          g_string_append_len (name, text, text_length);
          continue;

        case XC_JSON_EVENT_END_OBJECT:
        case XC_JSON_EVENT_END_ARRAY:
          depth--;
          continue;

        case XC_JSON_EVENT_BEGIN_OBJECT:
          {
            JsonObject *object = json_object_new ();

            node = json_node_init_object (json_node_alloc (), object);
            json_object_unref (object);
            break;
          }

        case XC_JSON_EVENT_BEGIN_ARRAY:
          {
            JsonArray *array = json_array_new ();

            node = json_node_init_array (json_node_alloc (), array);
            json_array_unref (array);
            break;
          }

        case XC_JSON_EVENT_STRING:
          node = json_node_init_string (json_node_alloc (), xc_json_reader_get_text (reader, NULL));
          break;

        case XC_JSON_EVENT_NUMBER:
          node = number_node (xc_json_reader_get_text (reader, NULL));
          if (node == NULL)
            {
              xc_json_reader_get_position (reader, &line, &column);
              g_set_error (error, XC_FORMAT_ERROR, XC_FORMAT_ERROR_MALFORMED,
                           _("%s:%u:%u: the number %s is too large to read"),
                           display_name, line, column, xc_json_reader_get_text (reader, NULL));
              g_clear_pointer (&root, json_node_unref);
              return NULL;
            }
          break;

        case XC_JSON_EVENT_TRUE:
        case XC_JSON_EVENT_FALSE:
          node = json_node_init_boolean (json_node_alloc (), event == XC_JSON_EVENT_TRUE);
          break;

        case XC_JSON_EVENT_NULL:
          node = json_node_init_null (json_node_alloc ());
          break;

        case XC_JSON_EVENT_ERROR:
          g_clear_pointer (&root, json_node_unref);
          xc_json_reader_get_position (reader, &line, &column);
          if (g_error_matches (local_error, XC_JSON_ERROR, XC_JSON_ERROR_EMPTY))
            g_set_error (error, XC_FORMAT_ERROR, XC_FORMAT_ERROR_MALFORMED,
                         _("%s: the file is empty"), display_name);
          else if (g_error_matches (local_error, XC_JSON_ERROR, XC_JSON_ERROR_NOT_UTF8))
            g_set_error (error, XC_FORMAT_ERROR, XC_FORMAT_ERROR_MALFORMED,
                         _("%s:%u:%u: the file is not UTF-8 text"), display_name, line, column);
          else
            g_set_error (error, XC_FORMAT_ERROR, XC_FORMAT_ERROR_MALFORMED,
                         _("%s:%u:%u: malformed JSON: %s"),
                         display_name, line, column, local_error->message);
          return NULL;

        case XC_JSON_EVENT_END:
        default:
          g_assert_not_reached ();
        }

      /* The new node goes into its container at once, so freeing the root
       * frees everything read so far. */
      if (depth == 0)
        root = node;
      else if (JSON_NODE_HOLDS_OBJECT (stack[depth - 1]))
        json_object_set_member (json_node_get_object (stack[depth - 1]), name->str, node);
      else
        json_array_add_element (json_node_get_array (stack[depth - 1]), node);

      if (event == XC_JSON_EVENT_BEGIN_OBJECT || event == XC_JSON_EVENT_BEGIN_ARRAY)
        stack[depth++] = node;
    }
  return root;
}

/* The path a message names a file by. */
static char *
get_display_name (GFile *file)
{
  const char *path = g_file_peek_path (file);

  return path != NULL ? g_strdup (path) : g_file_get_uri (file);
}

/* A design file's bytes, with what messages call it in @display_name. */
GBytes *
_xc_format_read_file (GFile         *file,
                      GCancellable  *cancellable,
                      char         **display_name,
                      GError       **error)
{
  g_autoptr(GError) local_error = NULL;
  g_autoptr(GFileInfo) info = NULL;
  GBytes *bytes;

  *display_name = get_display_name (file);

  /* Ask the size first so a huge file is refused without reading it. */
  info = g_file_query_info (file, G_FILE_ATTRIBUTE_STANDARD_SIZE, G_FILE_QUERY_INFO_NONE,
                            cancellable, &local_error);
  if (info != NULL && g_file_info_get_size (info) > XC_FORMAT_MAX_FILE_SIZE)
    {
      g_set_error (error, XC_FORMAT_ERROR, XC_FORMAT_ERROR_TOO_LARGE,
                   _("%s: the file is %lld MB; designs larger than %u MB are not read"),
                   *display_name, (long long) (g_file_info_get_size (info) / (1024 * 1024)),
                   XC_FORMAT_MAX_FILE_SIZE / (1024 * 1024));
      return NULL;
    }

  if (info == NULL)
    {
      g_set_error (error, XC_FORMAT_ERROR, XC_FORMAT_ERROR_READ,
                   _("%s: cannot read the file: %s"), *display_name, local_error->message);
      return NULL;
    }

  /* Only a regular file: a FIFO would block for ever and /dev/zero never
   * ends. Its messages name the file. */
  bytes = xc_file_load_regular (file, XC_FORMAT_MAX_FILE_SIZE, cancellable, &local_error);
  if (bytes == NULL)
    g_set_error_literal (error, XC_FORMAT_ERROR,
                         g_error_matches (local_error, G_IO_ERROR, G_IO_ERROR_MESSAGE_TOO_LARGE)
                         ? XC_FORMAT_ERROR_TOO_LARGE : XC_FORMAT_ERROR_READ,
                         local_error->message);
  return bytes;
}

JsonNode *
_xc_format_parse (GBytes      *bytes,
                  const char  *display_name,
                  GError     **error)
{
  gsize length;
  const char *data = g_bytes_get_data (bytes, &length);

  if (length > XC_FORMAT_MAX_FILE_SIZE)
    {
      g_set_error (error, XC_FORMAT_ERROR, XC_FORMAT_ERROR_TOO_LARGE,
                   _("%s: the file is %lld MB; designs larger than %u MB are not read"),
                   display_name, (long long) (length / (1024 * 1024)), XC_FORMAT_MAX_FILE_SIZE / (1024 * 1024));
      return NULL;
    }

  return build_tree (data != NULL ? data : "", length, display_name, error);
}

gboolean
_xc_format_check (JsonNode    *root,
                  const char  *display_name,
                  GError     **error)
{
  g_autoptr(GPtrArray) problems = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GString) path = g_string_new (NULL);
  Checker checker = { display_name, problems, 0 };
  g_autofree char *message = NULL;
  JsonObject *object;
  const char *format;
  JsonNode *version;

  if (!JSON_NODE_HOLDS_OBJECT (root))
    {
      g_set_error (error, XC_FORMAT_ERROR, XC_FORMAT_ERROR_NOT_A_DESIGN,
                   _("%s: not a programme design: the document is %s, not an object"),
                   display_name, describe_node (root));
      return FALSE;
    }

  object = json_node_get_object (root);
  format = _xc_json_get_string (object, "format");
  if (g_strcmp0 (format, XC_FORMAT_NAME) != 0)
    {
      if (format == NULL)
        g_set_error (error, XC_FORMAT_ERROR, XC_FORMAT_ERROR_NOT_A_DESIGN,
                     _("%s: not a programme design: it has no “format” member saying “%s”"),
                     display_name, XC_FORMAT_NAME);
      else
        g_set_error (error, XC_FORMAT_ERROR, XC_FORMAT_ERROR_NOT_A_DESIGN,
                     _("%s: not a programme design: “format” is “%s”, not “%s”"),
                     display_name, format, XC_FORMAT_NAME);
      return FALSE;
    }

  /* Only a whole number names a version; 1.0000000000000002 is reported by
   * the shape check below as not one. */
  version = json_object_get_member (object, "version");
  if (version != NULL && node_is_number (version) && node_is_whole (version)
      && json_node_get_double (version) != XC_FORMAT_VERSION)
    {
      g_autofree char *text = number_text (version);

      g_set_error (error, XC_FORMAT_ERROR, XC_FORMAT_ERROR_UNSUPPORTED_VERSION,
                   _("%s: version: this is a version %s design; this program reads version %d"),
                   display_name, text, XC_FORMAT_VERSION);
      return FALSE;
    }

  check_object (&checker, object, &programme, path);
  if (checker.n_problems == 0)
    return TRUE;

  if (checker.n_problems > problems->len)
    g_ptr_array_add (problems,
                     g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                   "%s: and %u more problem",
                                                   "%s: and %u more problems",
                                                   checker.n_problems - problems->len),
                                      display_name, checker.n_problems - problems->len));
  g_ptr_array_add (problems, NULL);
  message = g_strjoinv ("\n", (char **) problems->pdata);
  g_set_error_literal (error, XC_FORMAT_ERROR, XC_FORMAT_ERROR_INVALID, message);
  return FALSE;
}

char *
_xc_format_to_data (JsonNode *root,
                    gsize    *length)
{
  g_autofree char *data = NULL;
  gsize data_length;

  data = xc_json_to_data (root, TRUE, &data_length);
  if (length != NULL)
    *length = data_length + 1;
  return g_strconcat (data, "\n", NULL);
}
