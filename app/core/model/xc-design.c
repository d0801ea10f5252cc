/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "xc-model"

#include "config.h"

#include <errno.h>
#include <glib/gi18n-lib.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "xc-commitment.h"
#include "xc-design-private.h"
#include "xc-json-reader.h"
#include "xc-record-private.h"

/*
 * XcDesign: a design read by the strict pull reader straight into plain
 * structs, one array per collection, with references resolved to indexes.
 * No JSON tree is built: a national design of 34,000 units reads in about
 * the time it takes to scan the file, at about twice its size. The schema
 * tables of xc-format.c say where each member goes. Whatever the reader
 * cannot take as it is (a wrong type, a missing required member) is handed
 * to the tree-building reader and its shape check, so messages stay those
 * of the file format, with their places.
 *
 * The structs are read-only: rules read them from worker threads.
 */

/* Strings and small arrays live in blocks freed with the design. */
#define ARENA_BLOCK_SIZE (64 * 1024)

typedef struct
{
  GPtrArray *blocks;
  guchar    *next;
  gsize      left;
} Arena;

typedef struct
{
  gsize start;
  gsize end;
} Span;

struct _XcDesign
{
  GObject          parent_instance;

  GBytes          *bytes;
  Arena            arena;

  XcProgrammeData  programme;
  /* XcFormatRecord → GArray of its structs (team members and commitments
   * are each unit's own arrays, in the arena) */
  GArray          *records[XC_FORMAT_RECORD_NONE];
  /* XcFormatRecord → GArray of Span: each record's bytes, for XC-07 */
  GArray          *spans[XC_FORMAT_RECORD_NONE];
  /* XcDesignRecord → GArray of Span: each record's `ext` (0, 0 without) */
  GArray          *ext_spans[XC_DESIGN_RECORD_UNIT + 1];
  /* every member of the programme, in the file's order */
  GArray          *top_spans;
  GPtrArray       *top_names;
  GArray          *gaps;
  /* (record, index) of the records a negative number was read in, for
   * rule XC-02: with it, -1 may be the file's, not an absence */
  GHashTable      *negative;

  GHashTable      *index[XC_FORMAT_RECORD_NONE];   /* id → 1 + index */
  /* the arenas of the design this one was read beside, whose unchanged
   * records it shares (GPtrArray of blocks each) */
  GPtrArray       *borrowed;
  double          *onsite_days;
  guint8          *is_expert;
  GHashTable      *dangling_onsite_days;
};

G_DEFINE_FINAL_TYPE (XcDesign, xc_design, G_TYPE_OBJECT)

static const char * const no_strings[] = { NULL };

/* The members of `targets` the model names, by XcUnitTarget. */
static const char * const target_keys[] = {
  "outpatients", "operations", "referrals", "new_techniques", "trainees", "training_sessions",
};

static gpointer
arena_alloc_aligned (Arena *arena,
                     gsize  size,
                     gsize  alignment)
{
  gsize padding = (alignment - ((gsize) arena->next & (alignment - 1))) & (alignment - 1);
  gpointer memory;

  if (size + padding <= arena->left)
    {
      arena->next += padding;
      arena->left -= padding;
    }
  else
    {
      gsize block_size = MAX (size, ARENA_BLOCK_SIZE);

      arena->next = g_malloc (block_size);
      arena->left = block_size;
      g_ptr_array_add (arena->blocks, arena->next);
    }
  memory = arena->next;
  arena->next += size;
  arena->left -= size;
  return memory;
}

static gpointer
arena_alloc (Arena *arena,
             gsize  size)
{
  /* blocks start aligned; keeping sizes to 8 keeps every struct so */
  return arena_alloc_aligned (arena, size, 8);
}

static const char *
arena_strndup (Arena      *arena,
               const char *text,
               gsize       length)
{
  /* strings need no alignment; the next struct is aligned again */
  char *copy = arena_alloc_aligned (arena, length + 1, 1);

  memcpy (copy, text, length);
  copy[length] = '\0';
  return copy;
}

static gpointer
arena_memdup (Arena         *arena,
              gconstpointer  data,
              gsize          size)
{
  gpointer copy;

  if (size == 0)
    return NULL;
  copy = arena_alloc (arena, size);
  memcpy (copy, data, size);
  return copy;
}

static void
xc_design_finalize (GObject *object)
{
  XcDesign *self = XC_DESIGN (object);

  g_clear_pointer (&self->bytes, g_bytes_unref);
  g_clear_pointer (&self->arena.blocks, g_ptr_array_unref);
  g_clear_pointer (&self->borrowed, g_ptr_array_unref);
  for (guint i = 0; i < XC_FORMAT_RECORD_NONE; i++)
    {
      g_clear_pointer (&self->records[i], g_array_unref);
      g_clear_pointer (&self->spans[i], g_array_unref);
      g_clear_pointer (&self->index[i], g_hash_table_unref);
    }
  for (guint i = 0; i < G_N_ELEMENTS (self->ext_spans); i++)
    g_clear_pointer (&self->ext_spans[i], g_array_unref);
  g_clear_pointer (&self->top_spans, g_array_unref);
  g_clear_pointer (&self->top_names, g_ptr_array_unref);
  g_clear_pointer (&self->gaps, g_array_unref);
  g_clear_pointer (&self->negative, g_hash_table_unref);
  g_clear_pointer (&self->onsite_days, g_free);
  g_clear_pointer (&self->is_expert, g_free);
  g_clear_pointer (&self->dangling_onsite_days, g_hash_table_unref);

  G_OBJECT_CLASS (xc_design_parent_class)->finalize (object);
}

static void
xc_design_class_init (XcDesignClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = xc_design_finalize;
}

static void
xc_design_init (XcDesign *self)
{
  self->arena.blocks = g_ptr_array_new_with_free_func (g_free);
  for (XcFormatRecord record = 0; record < XC_FORMAT_RECORD_NONE; record++)
    {
      const XcShape *shape = _xc_format_get_shape (record);

      self->records[record] = g_array_new (FALSE, FALSE, shape->size);
      self->spans[record] = g_array_new (FALSE, FALSE, sizeof (Span));
    }
  for (guint i = 0; i < G_N_ELEMENTS (self->ext_spans); i++)
    self->ext_spans[i] = g_array_new (FALSE, TRUE, sizeof (Span));
  self->top_spans = g_array_new (FALSE, FALSE, sizeof (Span));
  self->top_names = g_ptr_array_new ();
  self->gaps = g_array_new (FALSE, FALSE, sizeof (XcDesignGap));
  self->negative = g_hash_table_new (NULL, NULL);
  self->borrowed = g_ptr_array_new_with_free_func ((GDestroyNotify) g_ptr_array_unref);
}

static gpointer
record_key (XcFormatRecord record,
            guint          index)
{
  return GSIZE_TO_POINTER (((gsize) record << 32 | index) + 1);
}

/* Reading */

typedef struct
{
  XcDesign     *design;
  XcJsonReader *reader;
  const char   *data;
  /* the unit being read: its team and commitments gather here */
  GArray       *team;
  GArray       *commitments;
  GPtrArray    *strings;
  guint         unit;
  gboolean      negative;   /* in the record being read */
  gsize         length;
  /* Read beside a design read before: a record whose bytes are those of
   * its record at the same place is copied from it, not read. */
  XcDesign     *base;
  const char   *base_data;
  GHashTable   *base_gaps;  /* record_key () of a record → GArray of its gaps */
  GArray       *fresh[XC_FORMAT_RECORD_NONE];   /* indexes of records read */
} Loader;

/* Fills a new record with what its absent members read as. */
static void
set_defaults (XcFormatRecord  record,
              gpointer        data)
{
  switch (record)
    {
    case XC_FORMAT_RECORD_PROGRAMME:
      {
        XcProgrammeData *programme = data;

        programme->counties = no_strings;
        programme->budget_total = -1;
        programme->budget_per_year = -1;
        programme->planned_acceptance_month = -1;
        programme->partner_index = XC_DESIGN_NONE;
      }
      break;
    case XC_FORMAT_RECORD_INSTITUTION:
      {
        XcInstitutionData *institution = data;

        institution->has_ward = TRUE;
        institution->beds = -1;
        institution->population = -1;
        institution->town_index = XC_DESIGN_NONE;
        institution->affiliated_index = XC_DESIGN_NONE;
      }
      break;
    case XC_FORMAT_RECORD_PERSON:
      {
        XcPersonData *person = data;

        person->honours = no_strings;
        person->birth_year = -1;
        person->institution_index = XC_DESIGN_NONE;
      }
      break;
    case XC_FORMAT_RECORD_TEAM_MEMBER:
      {
        XcTeamMemberData *member = data;

        member->residency_months = -1;
        member->person_index = XC_DESIGN_NONE;
      }
      break;
    case XC_FORMAT_RECORD_UNIT:
      {
        XcUnitData *unit = data;

        unit->months = -1;
        unit->teaching_room_m2 = -1;
        unit->equipment = no_strings;
        unit->services = no_strings;
        unit->learners = no_strings;
        unit->host_index = XC_DESIGN_NONE;
        unit->lead_index = XC_DESIGN_NONE;
      }
      break;
    case XC_FORMAT_RECORD_NEED:
      ((XcNeedData *) data)->institution_index = XC_DESIGN_NONE;
      break;
    case XC_FORMAT_RECORD_TOWN:
    case XC_FORMAT_RECORD_COMMITMENT:
    case XC_FORMAT_RECORD_DEVIATION:
    case XC_FORMAT_RECORD_NONE:
    default:
      break;
    }
}

static gboolean
parse_number (const char *text,
              double     *value)
{
  *value = g_ascii_strtod (text, NULL);
  return isfinite (*value);
}

/* Skips the value whose first event is @event; FALSE on a syntax error. */
static gboolean
skip_value (Loader      *loader,
            XcJsonEvent  event)
{
  guint depth;

  double number;

  /* a number beyond a double's range cannot be kept: the file is refused */
  if (event == XC_JSON_EVENT_NUMBER)
    return parse_number (xc_json_reader_get_text (loader->reader, NULL), &number);
  if (event != XC_JSON_EVENT_BEGIN_OBJECT && event != XC_JSON_EVENT_BEGIN_ARRAY)
    return event != XC_JSON_EVENT_ERROR && event != XC_JSON_EVENT_END;

  depth = xc_json_reader_get_depth (loader->reader);
  for (;;)
    {
      event = xc_json_reader_next (loader->reader, NULL);
      if (event == XC_JSON_EVENT_ERROR || event == XC_JSON_EVENT_END)
        return FALSE;
      if (event == XC_JSON_EVENT_NUMBER
          && !parse_number (xc_json_reader_get_text (loader->reader, NULL), &number))
        return FALSE;
      if ((event == XC_JSON_EVENT_END_OBJECT || event == XC_JSON_EVENT_END_ARRAY)
          && xc_json_reader_get_depth (loader->reader) < depth)
        return TRUE;
    }
}

/* A whole number within 32 bits, as the shape check wants it ("3", "3.0"
 * and "3e0" all are). */
static gboolean
parse_int (const char *text,
           gint64     *value)
{
  double number;
  char *end;

  if (strpbrk (text, ".eE") == NULL)
    {
      gint64 whole;

      errno = 0;
      whole = g_ascii_strtoll (text, &end, 10);
      if (errno != 0 || *end != '\0' || whole < G_MININT32 || whole > G_MAXINT32)
        return FALSE;
      *value = whole;
      return TRUE;
    }
  number = g_ascii_strtod (text, &end);
  if (!isfinite (number) || number != floor (number)
      || number < G_MININT32 || number > G_MAXINT32)
    return FALSE;
  *value = (gint64) number;
  return TRUE;
}


static gboolean load_object (Loader        *loader,
                             const XcShape *shape,
                             guchar        *data,
                             gboolean      *gap);

static gboolean
load_strings (Loader              *loader,
              const char * const **strv)
{
  XcJsonEvent event;

  g_ptr_array_set_size (loader->strings, 0);
  while ((event = xc_json_reader_next (loader->reader, NULL)) != XC_JSON_EVENT_END_ARRAY)
    {
      gsize length;
      const char *text;

      if (event != XC_JSON_EVENT_STRING)
        return FALSE;
      text = xc_json_reader_get_text (loader->reader, &length);
      g_ptr_array_add (loader->strings, (gpointer) arena_strndup (&loader->design->arena, text, length));
    }
  if (loader->strings->len == 0)
    {
      *strv = no_strings;
      return TRUE;
    }
  g_ptr_array_add (loader->strings, NULL);
  *strv = arena_memdup (&loader->design->arena, loader->strings->pdata,
                        loader->strings->len * sizeof (gpointer));
  return TRUE;
}

static gboolean copy_from_base (Loader        *loader,
                                const XcShape *shape,
                                guint          index,
                                gsize          start);

/* Reads the objects of an array into their collection. */
static gboolean
load_records (Loader        *loader,
              const XcShape *shape)
{
  XcDesign *design = loader->design;
  XcFormatRecord record = shape->record;
  GArray *records;
  XcJsonEvent event;

  if (record == XC_FORMAT_RECORD_TEAM_MEMBER)
    records = loader->team;
  else if (record == XC_FORMAT_RECORD_COMMITMENT)
    records = loader->commitments;
  else
    records = design->records[record];

  while ((event = xc_json_reader_next (loader->reader, NULL)) != XC_JSON_EVENT_END_ARRAY)
    {
      guint index = records->len;
      gboolean gap = FALSE, outer_negative = loader->negative;
      Span span;

      if (event != XC_JSON_EVENT_BEGIN_OBJECT)
        return FALSE;
      loader->negative = FALSE;
      span.start = xc_json_reader_get_offset (loader->reader);
      g_array_set_size (records, index + 1);
      memset (records->data + (gsize) index * shape->size, 0, shape->size);
      set_defaults (record, records->data + (gsize) index * shape->size);
      if (record == XC_FORMAT_RECORD_UNIT)
        {
          loader->unit = index;
          g_array_set_size (loader->team, 0);
          g_array_set_size (loader->commitments, 0);
        }
      if (loader->base != NULL && records == design->records[record])
        {
          if (copy_from_base (loader, shape, index, span.start))
            {
              loader->negative = outer_negative;
              continue;
            }
          g_array_append_val (loader->fresh[record], index);
        }

      if (!load_object (loader, shape, (guchar *) records->data + (gsize) index * shape->size, &gap))
        return FALSE;
      span.end = xc_json_reader_get_end_offset (loader->reader);
      if (loader->negative)
        g_hash_table_add (design->negative, record_key (record, index));
      /* a team member's or commitment's is its unit's */
      loader->negative = outer_negative
                         || (loader->negative && (record == XC_FORMAT_RECORD_TEAM_MEMBER
                                                  || record == XC_FORMAT_RECORD_COMMITMENT));

      if (record == XC_FORMAT_RECORD_UNIT)
        {
          XcUnitData *unit = &g_array_index (records, XcUnitData, index);

          unit->n_team = loader->team->len;
          unit->team = arena_memdup (&design->arena, loader->team->data,
                                     loader->team->len * sizeof (XcTeamMemberData));
          unit->n_commitments = loader->commitments->len;
          unit->commitments = arena_memdup (&design->arena, loader->commitments->data,
                                            loader->commitments->len * sizeof (XcCommitmentData));
        }
      if (record < XC_FORMAT_RECORD_TEAM_MEMBER || record == XC_FORMAT_RECORD_DEVIATION)
        g_array_append_val (design->spans[record], span);
      if (gap)
        {
          XcDesignGap found = { record, index, loader->unit };

          /* a unit's part is read again from the unit's bytes */
          g_array_append_val (design->gaps, found);
        }
    }
  return TRUE;
}

/* The vocabulary's own copy of @text, or %NULL if it has none. Rules
 * compare these values for every commitment of every unit: the table's
 * few strings stay in the cache where copies in the arena do not. */
static const char *
vocabulary_term (const char * const *values,
                 const char         *text)
{
  for (guint i = 0; values != NULL && values[i] != NULL; i++)
    if (strcmp (values[i], text) == 0)
      return values[i];
  return NULL;
}

static XcDesignRecord
ext_record (XcFormatRecord record)
{
  switch (record)
    {
    case XC_FORMAT_RECORD_PROGRAMME:
      return XC_DESIGN_RECORD_PROGRAMME;
    case XC_FORMAT_RECORD_INSTITUTION:
      return XC_DESIGN_RECORD_INSTITUTION;
    case XC_FORMAT_RECORD_PERSON:
      return XC_DESIGN_RECORD_PERSON;
    case XC_FORMAT_RECORD_UNIT:
    default:
      return XC_DESIGN_RECORD_UNIT;
    }
}

/* Reads one member's value, whose first event is @event, into @data. Sets
 * @filled where the member counts as filled in for XC-07. */
static gboolean
load_value (Loader        *loader,
            const XcField *field,
            XcJsonEvent    event,
            guchar        *data,
            gboolean      *filled,
            gboolean      *gap)
{
  gpointer at = field->offset > 0 ? data + field->offset - 1 : NULL;
  const char *text;
  gsize length;

  *filled = FALSE;
  if (event == XC_JSON_EVENT_NULL)
    return field->required != XC_FIELD_TO_LOAD;

  switch (field->kind)
    {
    case XC_FIELD_STRING:
      if (event != XC_JSON_EVENT_STRING)
        return FALSE;
      {
        const char *term;

        text = xc_json_reader_get_text (loader->reader, &length);
        term = vocabulary_term (field->values, text);
        if (at != NULL)
          *(const char **) at = term != NULL ? term
                                             : arena_strndup (&loader->design->arena, text, length);
        *filled = length > 0 && (field->values == NULL || term != NULL);
        return TRUE;
      }

    case XC_FIELD_INT:
      {
        gint64 value;

        if (event != XC_JSON_EVENT_NUMBER
            || !parse_int (xc_json_reader_get_text (loader->reader, NULL), &value))
          return FALSE;
        if (at != NULL)
          *(gint64 *) at = value;
        loader->negative |= value < 0;
        *filled = TRUE;
        return TRUE;
      }

    case XC_FIELD_NUMBER:
      {
        double value;

        if (event != XC_JSON_EVENT_NUMBER
            || !parse_number (xc_json_reader_get_text (loader->reader, NULL), &value))
          return FALSE;
        if (at != NULL)
          *(double *) at = value;
        loader->negative |= value < 0;
        *filled = TRUE;
        return TRUE;
      }

    case XC_FIELD_BOOL:
      if (event != XC_JSON_EVENT_TRUE && event != XC_JSON_EVENT_FALSE)
        return FALSE;
      if (at != NULL)
        *(gboolean *) at = event == XC_JSON_EVENT_TRUE;
      *filled = TRUE;
      return TRUE;

    case XC_FIELD_STRINGS:
      {
        const char * const *strv;

        if (event != XC_JSON_EVENT_BEGIN_ARRAY || !load_strings (loader, &strv))
          return FALSE;
        if (at != NULL)
          *(const char * const **) at = strv;
        *filled = TRUE;
        return TRUE;
      }

    case XC_FIELD_OBJECTS:
      if (event != XC_JSON_EVENT_BEGIN_ARRAY)
        return FALSE;
      *filled = TRUE;
      return load_records (loader, field->shape);

    case XC_FIELD_OBJECT:
      if (event != XC_JSON_EVENT_BEGIN_OBJECT)
        return FALSE;
      *filled = TRUE;
      if (field->shape != NULL)
        return load_object (loader, field->shape, data, gap);
      return skip_value (loader, event);

    default:
      g_assert_not_reached ();
    }
}

/* A unit's targets: numbers (or null) under any name, the known ones kept. */
static gboolean
load_targets (Loader *loader,
              guchar *data)
{
  XcUnitData *unit = (XcUnitData *) data;
  XcJsonEvent event;

  G_STATIC_ASSERT (G_N_ELEMENTS (target_keys) == XC_N_UNIT_TARGETS);

  while ((event = xc_json_reader_next (loader->reader, NULL)) == XC_JSON_EVENT_MEMBER)
    {
      g_autofree char *name = g_strdup (xc_json_reader_get_text (loader->reader, NULL));
      double value;

      event = xc_json_reader_next (loader->reader, NULL);
      if (event == XC_JSON_EVENT_NULL)
        continue;
      if (event != XC_JSON_EVENT_NUMBER
          || !parse_number (xc_json_reader_get_text (loader->reader, NULL), &value))
        return FALSE;
      loader->negative |= value < 0;
      for (guint i = 0; i < XC_N_UNIT_TARGETS; i++)
        if (g_str_equal (name, target_keys[i]))
          {
            unit->targets[i] = value;
            unit->has_target |= 1u << i;
          }
    }
  return event == XC_JSON_EVENT_END_OBJECT;
}

/* Whether a member left out or empty can be a gap XC-07 reports (as
 * member_can_be_incomplete() in xc-format.c, cheaply over-approximated:
 * a false alarm costs a second look, never a finding). */
static gboolean
may_be_gap (const XcField *field)
{
  if (field->kind == XC_FIELD_OBJECTS)
    return FALSE;
  if (field->required != XC_FIELD_OPTIONAL || field->values != NULL)
    return TRUE;
  if (field->kind == XC_FIELD_OBJECT && field->shape != NULL && !field->shape->numbers_only)
    for (const XcField *inner = field->shape->members; inner->name != NULL; inner++)
      if (may_be_gap (inner))
        return TRUE;
  return FALSE;
}

/* Notes where the `ext` of the record being read lies in the bytes. */
static void
set_ext_span (XcDesign       *design,
              XcFormatRecord  record,
              Span            span)
{
  GArray *ext = design->ext_spans[ext_record (record)];
  guint index = record == XC_FORMAT_RECORD_PROGRAMME ? 0 : design->records[record]->len - 1;

  if (ext->len <= index)
    g_array_set_size (ext, index + 1);
  g_array_index (ext, Span, index) = span;
}

/* The record at @index whose bytes start at @start, if they are those of
 * the base's record at @index: its struct, span, `ext`, gaps and negative
 * numbers are the base's, and the reader goes on after it. */
static gboolean
copy_from_base (Loader        *loader,
                const XcShape *shape,
                guint          index,
                gsize          start)
{
  XcDesign *design = loader->design;
  XcDesign *base = loader->base;
  XcFormatRecord record = shape->record;
  const Span *old;
  GArray *gaps;
  Span span;

  if (index >= base->spans[record]->len)
    return FALSE;
  old = &g_array_index (base->spans[record], Span, index);
  if (old->end - old->start > loader->length - start
      || memcmp (loader->data + start, loader->base_data + old->start, old->end - old->start) != 0)
    return FALSE;

  span.start = start;
  span.end = start + (old->end - old->start);
  xc_json_reader_skip_object (loader->reader, span.end);
  memcpy (design->records[record]->data + (gsize) index * shape->size,
          base->records[record]->data + (gsize) index * shape->size, shape->size);
  g_array_append_val (design->spans[record], span);
  if (record == XC_FORMAT_RECORD_INSTITUTION || record == XC_FORMAT_RECORD_PERSON
      || record == XC_FORMAT_RECORD_UNIT)
    {
      GArray *old_ext = base->ext_spans[ext_record (record)];

      if (index < old_ext->len && g_array_index (old_ext, Span, index).end != 0)
        {
          Span ext = g_array_index (old_ext, Span, index);

          ext.start = ext.start - old->start + span.start;
          ext.end = ext.end - old->start + span.start;
          set_ext_span (design, record, ext);
        }
    }
  if (g_hash_table_contains (base->negative, record_key (record, index)))
    g_hash_table_add (design->negative, record_key (record, index));
  gaps = loader->base_gaps != NULL ? g_hash_table_lookup (loader->base_gaps,
                                                          record_key (record, index)) : NULL;
  if (gaps != NULL)
    g_array_append_vals (design->gaps, gaps->data, gaps->len);
  return TRUE;
}

/* Whether @name is the `ext` of an institution or a person. */
static gboolean
is_untyped_ext (const XcShape *shape,
                   const char    *name)
{
  return (shape->record == XC_FORMAT_RECORD_INSTITUTION || shape->record == XC_FORMAT_RECORD_PERSON)
         && strcmp (name, "ext") == 0;
}

/* Reads an object of @shape (its BEGIN_OBJECT just read) into @data, a
 * record's struct (a part such as `period` shares its record's). */
static gboolean
load_object (Loader        *loader,
             const XcShape *shape,
             guchar        *data,
             gboolean      *gap)
{
  XcDesign *design = loader->design;
  guint64 seen = 0, filled_mask = 0;
  XcJsonEvent event;
  guint n_fields = 0;

  if (shape->numbers_only)
    return load_targets (loader, data);

  while (shape->members[n_fields].name != NULL)
    n_fields++;
  g_assert (n_fields <= 64);

  while ((event = xc_json_reader_next (loader->reader, NULL)) == XC_JSON_EVENT_MEMBER)
    {
      const char *name = xc_json_reader_get_text (loader->reader, NULL);
      const XcField *field = NULL;
      const char *unknown_name;
      gboolean filled, is_ext;
      guint k;
      Span span;

      for (k = 0; k < n_fields; k++)
        if (strcmp (shape->members[k].name, name) == 0)
          {
            field = &shape->members[k];
            break;
          }

      /* The format types `ext` only on units and the programme; an
       * institution's or a person's is an unknown member to the shape
       * check, yet as much the scheme's. */
      is_ext = field == NULL && is_untyped_ext (shape, name);
      /* the programme's own unknown members are its JSON's too */
      unknown_name = field == NULL && shape->record == XC_FORMAT_RECORD_PROGRAMME
                     ? arena_strndup (&design->arena, name, strlen (name)) : NULL;
      event = xc_json_reader_next (loader->reader, NULL);
      span.start = xc_json_reader_get_offset (loader->reader);
      if (field == NULL)
        {
          /* not the model's: kept in the record's bytes */
          if (!skip_value (loader, event))
            return FALSE;
          span.end = xc_json_reader_get_end_offset (loader->reader);
          if (is_ext && event == XC_JSON_EVENT_BEGIN_OBJECT)
            set_ext_span (design, shape->record, span);
          if (unknown_name != NULL)
            {
              g_array_append_val (design->top_spans, span);
              g_ptr_array_add (design->top_names, (gpointer) unknown_name);
            }
          continue;
        }
      if (!load_value (loader, field, event, data, &filled, gap))
        return FALSE;
      span.end = xc_json_reader_get_end_offset (loader->reader);
      seen |= G_GUINT64_CONSTANT (1) << k;
      if (filled)
        filled_mask |= G_GUINT64_CONSTANT (1) << k;

      if (field->kind == XC_FIELD_OBJECT && field->shape == NULL && event != XC_JSON_EVENT_NULL
          && shape->record != XC_FORMAT_RECORD_NONE)
        set_ext_span (design, shape->record, span);
      if (shape->record == XC_FORMAT_RECORD_PROGRAMME)
        {
          g_array_append_val (design->top_spans, span);
          g_ptr_array_add (design->top_names, (gpointer) field->name);
        }
      if (shape->record == XC_FORMAT_RECORD_PROGRAMME && strcmp (field->name, "acceptance") == 0)
        design->programme.has_acceptance = TRUE;
    }
  if (event != XC_JSON_EVENT_END_OBJECT)
    return FALSE;

  for (guint k = 0; k < n_fields; k++)
    {
      const XcField *field = &shape->members[k];
      guint64 bit = G_GUINT64_CONSTANT (1) << k;

      if (field->required == XC_FIELD_TO_LOAD && !(seen & bit))
        return FALSE;
      if (!(filled_mask & bit) && may_be_gap (field))
        *gap = TRUE;
    }
  return TRUE;
}

static gboolean
load_design (Loader *loader)
{
  XcDesign *design = loader->design;
  XcProgrammeData *programme = &design->programme;
  const char *format = NULL;
  gint64 version = 0;
  gboolean gap = FALSE;
  Span span = { 0, 0 };

  set_defaults (XC_FORMAT_RECORD_PROGRAMME, programme);
  programme->months = 0;
  loader->unit = XC_DESIGN_NONE;

  if (xc_json_reader_next (loader->reader, NULL) != XC_JSON_EVENT_BEGIN_OBJECT)
    return FALSE;
  if (!load_object (loader, _xc_format_get_shape (XC_FORMAT_RECORD_PROGRAMME),
                    (guchar *) programme, &gap))
    return FALSE;
  span.end = xc_json_reader_get_end_offset (loader->reader);
  if (xc_json_reader_next (loader->reader, NULL) != XC_JSON_EVENT_END)
    return FALSE;

  /* format and version were read as strings and numbers but not kept:
   * look at their text (only theirs: the others hold whole collections) */
  for (guint i = 0; i < design->top_names->len; i++)
    {
      const char *name = g_ptr_array_index (design->top_names, i);
      Span *value = &g_array_index (design->top_spans, Span, i);
      g_autofree char *text = NULL;

      if (!g_str_equal (name, "format") && !g_str_equal (name, "version"))
        continue;
      text = g_strndup (loader->data + value->start, value->end - value->start);
      if (g_str_equal (name, "format"))
        format = g_str_equal (text, "\"" XC_FORMAT_NAME "\"") ? XC_FORMAT_NAME : NULL;
      else if (g_str_equal (name, "version") && !parse_int (text, &version))
        return FALSE;
    }
  if (format == NULL || version != XC_FORMAT_VERSION)
    return FALSE;

  g_array_append_val (design->spans[XC_FORMAT_RECORD_PROGRAMME], span);
  if (loader->negative)
    g_hash_table_add (design->negative, record_key (XC_FORMAT_RECORD_PROGRAMME, 0));
  if (gap)
    {
      XcDesignGap found = { XC_FORMAT_RECORD_PROGRAMME, 0, XC_DESIGN_NONE };

      g_array_insert_val (design->gaps, 0, found);
    }
  return TRUE;
}

/* References */

static void
build_index (XcDesign       *self,
             XcFormatRecord  record)
{
  GArray *records = self->records[record];
  gsize size = _xc_format_get_shape (record)->size;
  GHashTable *index = g_hash_table_new (g_str_hash, g_str_equal);

  /* the id is every record's first member; the first of a duplicated id
   * is the one references name (XC-01 reports the others) */
  for (guint i = 0; i < records->len; i++)
    {
      const char *id = *(const char **) (records->data + i * size);

      if (id != NULL && !g_hash_table_contains (index, id))
        g_hash_table_insert (index, (gpointer) id, GUINT_TO_POINTER (i + 1));
    }
  self->index[record] = index;
}

static guint
find (XcDesign       *self,
      XcFormatRecord  record,
      const char     *id)
{
  if (id == NULL)
    return XC_DESIGN_NONE;
  return GPOINTER_TO_UINT (g_hash_table_lookup (self->index[record], id)) - 1;
}

static gboolean
is_in_person (const char *activity)
{
  static const char * const in_person[] = {
    "outpatient", "ward_round", "operation", "consultation",
    "seminar", "training_class", "teaching_review", NULL
  };

  return activity != NULL && g_strv_contains (in_person, activity);
}

static void
add_days (XcDesign   *self,
          const char *id,
          guint       person,
          double      amount)
{
  double *total;

  if (id == NULL)
    return;
  if (person != XC_DESIGN_NONE)
    {
      self->onsite_days[person] += amount;
      self->is_expert[person] = TRUE;
      return;
    }
  total = g_hash_table_lookup (self->dangling_onsite_days, id);
  if (total == NULL)
    {
      total = g_new0 (double, 1);
      g_hash_table_insert (self->dangling_onsite_days, g_strdup (id), total);
    }
  *total += amount;
}

/* As docs/format-extensions.md defines them; the same sums in the same
 * order as xc_programme_compute_onsite_days(). */
static void
compute_onsite_days (XcDesign *self)
{
  guint n_units, n_people;
  const XcUnitData *units = xc_design_get_units (self, &n_units);

  xc_design_get_people (self, &n_people);
  self->onsite_days = g_new0 (double, MAX (n_people, 1));
  self->is_expert = g_new0 (guint8, MAX (n_people, 1));
  self->dangling_onsite_days = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);

  for (guint i = 0; i < n_units; i++)
    {
      const XcUnitData *unit = &units[i];
      double committed[2] = { 0, 0 }, sessions[2] = { 0, 0 };
      gboolean has_days[2] = { FALSE, FALSE };

      for (guint j = 0; j < unit->n_commitments; j++)
        {
          const XcCommitmentData *commitment = &unit->commitments[j];
          gboolean covers[2] = { unit->lead != NULL && xc_commitment_data_covers_lead (commitment),
                                 unit->n_team > 0 && xc_commitment_data_covers_team (commitment) };
          double monthly = xc_commitment_data_get_monthly_count (commitment);
          guint n_sharing = (covers[0] ? 1 : 0) + (covers[1] ? unit->n_team : 0);

          for (guint k = 0; k < 2; k++)
            {
              if (!covers[k])
                continue;
              if (g_strcmp0 (commitment->activity, "on_site_days") == 0)
                {
                  committed[k] += monthly;
                  has_days[k] = TRUE;
                }
              else if (is_in_person (commitment->activity))
                sessions[k] += monthly / n_sharing;
            }
        }

      add_days (self, unit->lead, unit->lead_index, has_days[0] ? committed[0] : sessions[0]);
      for (guint j = 0; j < unit->n_team; j++)
        add_days (self, unit->team[j].person, unit->team[j].person_index,
                  has_days[1] ? committed[1] : sessions[1]);
    }
}

static void
resolve_institution (XcDesign          *self,
                     XcInstitutionData *institution)
{
  institution->town_index = find (self, XC_FORMAT_RECORD_TOWN, institution->town);
  institution->affiliated_index = find (self, XC_FORMAT_RECORD_INSTITUTION,
                                        institution->affiliated_to);
}

static void
resolve_person (XcDesign     *self,
                XcPersonData *person)
{
  person->institution_index = find (self, XC_FORMAT_RECORD_INSTITUTION, person->institution);
}

static void
resolve_unit (XcDesign   *self,
              XcUnitData *unit)
{
  guint n_learners = g_strv_length ((char **) unit->learners);

  unit->host_index = find (self, XC_FORMAT_RECORD_INSTITUTION, unit->host);
  unit->lead_index = find (self, XC_FORMAT_RECORD_PERSON, unit->lead);
  for (guint j = 0; j < unit->n_team; j++)
    ((XcTeamMemberData *) unit->team)[j].person_index =
      find (self, XC_FORMAT_RECORD_PERSON, unit->team[j].person);
  if (n_learners > 0)
    {
      guint *indexes = arena_alloc (&self->arena, n_learners * sizeof (guint));

      for (guint j = 0; j < n_learners; j++)
        indexes[j] = find (self, XC_FORMAT_RECORD_PERSON, unit->learners[j]);
      unit->learner_indexes = indexes;
    }
}

static void
resolve_need (XcDesign   *self,
              XcNeedData *need)
{
  need->institution_index = find (self, XC_FORMAT_RECORD_INSTITUTION, need->institution);
}

static void
resolve (XcDesign *self)
{
  GArray *institutions = self->records[XC_FORMAT_RECORD_INSTITUTION];
  GArray *people = self->records[XC_FORMAT_RECORD_PERSON];
  GArray *units = self->records[XC_FORMAT_RECORD_UNIT];
  GArray *needs = self->records[XC_FORMAT_RECORD_NEED];

  build_index (self, XC_FORMAT_RECORD_TOWN);
  build_index (self, XC_FORMAT_RECORD_INSTITUTION);
  build_index (self, XC_FORMAT_RECORD_PERSON);
  build_index (self, XC_FORMAT_RECORD_UNIT);

  self->programme.partner_index = find (self, XC_FORMAT_RECORD_INSTITUTION,
                                        self->programme.partner);
  for (guint i = 0; i < institutions->len; i++)
    resolve_institution (self, &g_array_index (institutions, XcInstitutionData, i));
  for (guint i = 0; i < people->len; i++)
    resolve_person (self, &g_array_index (people, XcPersonData, i));
  for (guint i = 0; i < units->len; i++)
    resolve_unit (self, &g_array_index (units, XcUnitData, i));
  for (guint i = 0; i < needs->len; i++)
    resolve_need (self, &g_array_index (needs, XcNeedData, i));
  compute_onsite_days (self);
}

/* The records with ids, in which references are looked up. */
static const XcFormatRecord indexed[] = {
  XC_FORMAT_RECORD_TOWN, XC_FORMAT_RECORD_INSTITUTION, XC_FORMAT_RECORD_PERSON,
  XC_FORMAT_RECORD_UNIT,
};

/* Whether every record with an id has the id of the base's record at its
 * place: then the base's lookups and its copied records' references are
 * this design's too. */
static gboolean
has_ids_of_base (Loader *loader)
{
  XcDesign *self = loader->design;

  for (guint k = 0; k < G_N_ELEMENTS (indexed); k++)
    {
      XcFormatRecord record = indexed[k];
      gsize size = _xc_format_get_shape (record)->size;
      GArray *fresh = loader->fresh[record];

      if (self->records[record]->len != loader->base->records[record]->len)
        return FALSE;
      for (guint i = 0; i < fresh->len; i++)
        {
          guint index = g_array_index (fresh, guint, i);
          const char *id = *(const char **) (self->records[record]->data + index * size);
          const char *base_id = *(const char **) (loader->base->records[record]->data
                                                  + index * size);

          if (g_strcmp0 (id, base_id) != 0)
            return FALSE;
        }
    }
  return TRUE;
}

/* As resolve (), for a design read beside its base with the same ids:
 * only the records read are looked at. */
static void
resolve_read_beside (Loader *loader)
{
  XcDesign *self = loader->design;
  GArray *fresh;

  for (guint k = 0; k < G_N_ELEMENTS (indexed); k++)
    self->index[indexed[k]] = g_hash_table_ref (loader->base->index[indexed[k]]);

  self->programme.partner_index = find (self, XC_FORMAT_RECORD_INSTITUTION,
                                        self->programme.partner);
  fresh = loader->fresh[XC_FORMAT_RECORD_INSTITUTION];
  for (guint i = 0; i < fresh->len; i++)
    resolve_institution (self, &g_array_index (self->records[XC_FORMAT_RECORD_INSTITUTION],
                                               XcInstitutionData, g_array_index (fresh, guint, i)));
  fresh = loader->fresh[XC_FORMAT_RECORD_PERSON];
  for (guint i = 0; i < fresh->len; i++)
    resolve_person (self, &g_array_index (self->records[XC_FORMAT_RECORD_PERSON],
                                          XcPersonData, g_array_index (fresh, guint, i)));
  fresh = loader->fresh[XC_FORMAT_RECORD_UNIT];
  for (guint i = 0; i < fresh->len; i++)
    resolve_unit (self, &g_array_index (self->records[XC_FORMAT_RECORD_UNIT],
                                        XcUnitData, g_array_index (fresh, guint, i)));
  fresh = loader->fresh[XC_FORMAT_RECORD_NEED];
  for (guint i = 0; i < fresh->len; i++)
    resolve_need (self, &g_array_index (self->records[XC_FORMAT_RECORD_NEED],
                                        XcNeedData, g_array_index (fresh, guint, i)));
  compute_onsite_days (self);
}

/* Each base gap under the record it belongs to: a team member's or a
 * commitment's under its unit. */
static GHashTable *
group_gaps (XcDesign *base)
{
  GHashTable *groups = g_hash_table_new_full (NULL, NULL, NULL, (GDestroyNotify) g_array_unref);

  for (guint i = 0; i < base->gaps->len; i++)
    {
      const XcDesignGap *gap = &g_array_index (base->gaps, XcDesignGap, i);
      gboolean in_unit = gap->record == XC_FORMAT_RECORD_TEAM_MEMBER
                         || gap->record == XC_FORMAT_RECORD_COMMITMENT;
      gpointer key = in_unit ? record_key (XC_FORMAT_RECORD_UNIT, gap->unit)
                             : record_key (gap->record, gap->index);
      GArray *group = g_hash_table_lookup (groups, key);

      if (gap->record == XC_FORMAT_RECORD_PROGRAMME)
        continue;
      if (group == NULL)
        {
          group = g_array_new (FALSE, FALSE, sizeof (XcDesignGap));
          g_hash_table_insert (groups, key, group);
        }
      g_array_append_vals (group, gap, 1);
    }
  return groups;
}

/* Reads @bytes with the strict reader, beside @base if not %NULL; %NULL
 * if the reader does not take them as they are, or if beside @base the
 * ids are not @base's. */
static XcDesign *
read_design (GBytes   *bytes,
             XcDesign *base)
{
  g_autoptr(XcDesign) design = g_object_new (XC_TYPE_DESIGN, NULL);
  g_autoptr(XcJsonReader) reader = NULL;
  g_autoptr(GArray) team = g_array_new (FALSE, FALSE, sizeof (XcTeamMemberData));
  g_autoptr(GArray) commitments = g_array_new (FALSE, FALSE, sizeof (XcCommitmentData));
  g_autoptr(GPtrArray) strings = g_ptr_array_new ();
  gboolean ok, ids_of_base = FALSE;
  gsize length;
  const char *data = g_bytes_get_data (bytes, &length);
  Loader loader;

  if (data == NULL)
    data = "";
  design->bytes = g_bytes_ref (bytes);
  reader = xc_json_reader_new (data, length);
  loader = (Loader) { design, reader, data, team, commitments, strings, XC_DESIGN_NONE, FALSE };
  loader.length = length;
  if (base != NULL)
    {
      loader.base = base;
      loader.base_data = g_bytes_get_data (base->bytes, NULL);
      loader.base_gaps = base->gaps->len > 0 ? group_gaps (base) : NULL;
      for (guint i = 0; i < XC_FORMAT_RECORD_NONE; i++)
        loader.fresh[i] = g_array_new (FALSE, FALSE, sizeof (guint));
      /* the records copied keep their strings in the base's arenas */
      g_ptr_array_add (design->borrowed, g_ptr_array_ref (base->arena.blocks));
      for (guint i = 0; i < base->borrowed->len; i++)
        g_ptr_array_add (design->borrowed, g_ptr_array_ref (base->borrowed->pdata[i]));
    }

  ok = load_design (&loader);
  if (ok && base != NULL)
    ids_of_base = has_ids_of_base (&loader);
  if (ok && base != NULL && ids_of_base)
    resolve_read_beside (&loader);
  else if (ok && base == NULL)
    resolve (design);

  if (base != NULL)
    {
      g_clear_pointer (&loader.base_gaps, g_hash_table_unref);
      for (guint i = 0; i < XC_FORMAT_RECORD_NONE; i++)
        g_array_unref (loader.fresh[i]);
    }
  if (!ok || (base != NULL && !ids_of_base))
    return NULL;
  return g_steal_pointer (&design);
}

/**
 * xc_design_new_from_bytes:
 * @bytes: a design file's contents
 * @display_name: how messages name the file
 *
 * Reads a design of format v1 into plain records. A file that is not a
 * valid design gets the same error, naming the file and place, as
 * xc_programme_new_from_bytes() gives.
 *
 * Returns: (transfer full): the design, or %NULL with @error set
 */
XcDesign *
xc_design_new_from_bytes (GBytes      *bytes,
                          const char  *display_name,
                          GError     **error)
{
  g_autoptr(JsonNode) root = NULL;
  XcDesign *design;

  g_return_val_if_fail (bytes != NULL, NULL);
  g_return_val_if_fail (display_name != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (g_bytes_get_size (bytes) <= XC_FORMAT_MAX_FILE_SIZE
      && (design = read_design (bytes, NULL)) != NULL)
    return design;

  /* Not a design this reader takes as it is: the tree reader and the
   * shape check say why, in the format's words. */
  root = _xc_format_parse (bytes, display_name, error);
  if (root == NULL || !_xc_format_check (root, display_name, error))
    return NULL;

  g_set_error (error, XC_FORMAT_ERROR, XC_FORMAT_ERROR_INVALID,
               _("%s: the design could not be read"), display_name);
  return NULL;
}

/*
 * _xc_design_new_beside:
 * @base: (nullable): a design read before, most of whose records @bytes
 *   are likely to hold unchanged (the design an edited model was read from)
 *
 * As xc_design_new_from_bytes(), and the same design, only quicker: a
 * record whose bytes are those of @base's record at the same place is
 * copied from @base, not read again. When records were added, removed or
 * moved, or ids changed, the design is read as if there were no @base.
 */
XcDesign *
_xc_design_new_beside (GBytes      *bytes,
                       const char  *display_name,
                       XcDesign    *base,
                       GError     **error)
{
  XcDesign *design;

  g_return_val_if_fail (bytes != NULL, NULL);
  g_return_val_if_fail (base == NULL || XC_IS_DESIGN (base), NULL);

  /* a chain of designs each beside the last would keep every arena alive */
  if (base != NULL && base->borrowed->len == 0 && g_bytes_get_size (bytes) <= XC_FORMAT_MAX_FILE_SIZE
      && (design = read_design (bytes, base)) != NULL)
    return design;
  return xc_design_new_from_bytes (bytes, display_name, error);
}

/**
 * xc_design_new_from_file:
 *
 * Reads a design file; see xc_design_new_from_bytes(). Only a regular
 * file is read, and none over %XC_FORMAT_MAX_FILE_SIZE.
 *
 * Returns: (transfer full): the design, or %NULL with @error set
 */
XcDesign *
xc_design_new_from_file (GFile         *file,
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
  return xc_design_new_from_bytes (bytes, display_name, error);
}

/**
 * xc_design_get_bytes:
 *
 * Returns: (transfer none): the file's contents the design was read from
 */
GBytes *
xc_design_get_bytes (XcDesign *self)
{
  g_return_val_if_fail (XC_IS_DESIGN (self), NULL);

  return self->bytes;
}

const XcProgrammeData *
xc_design_get_programme (XcDesign *self)
{
  g_return_val_if_fail (XC_IS_DESIGN (self), NULL);

  return &self->programme;
}

static gconstpointer
get_records (XcDesign       *self,
             XcFormatRecord  record,
             guint          *n_records)
{
  g_return_val_if_fail (XC_IS_DESIGN (self), NULL);

  if (n_records != NULL)
    *n_records = self->records[record]->len;
  return self->records[record]->data;
}

/**
 * xc_design_get_towns:
 * @n_towns: (out) (optional): how many there are
 *
 * Returns: (transfer none) (array length=n_towns): the towns of the region
 */
const XcTownData *
xc_design_get_towns (XcDesign *self,
                     guint    *n_towns)
{
  return get_records (self, XC_FORMAT_RECORD_TOWN, n_towns);
}

const XcInstitutionData *
xc_design_get_institutions (XcDesign *self,
                            guint    *n_institutions)
{
  return get_records (self, XC_FORMAT_RECORD_INSTITUTION, n_institutions);
}

const XcPersonData *
xc_design_get_people (XcDesign *self,
                      guint    *n_people)
{
  return get_records (self, XC_FORMAT_RECORD_PERSON, n_people);
}

const XcUnitData *
xc_design_get_units (XcDesign *self,
                     guint    *n_units)
{
  return get_records (self, XC_FORMAT_RECORD_UNIT, n_units);
}

const XcNeedData *
xc_design_get_needs (XcDesign *self,
                     guint    *n_needs)
{
  return get_records (self, XC_FORMAT_RECORD_NEED, n_needs);
}

const XcDeviationData *
xc_design_get_deviations (XcDesign *self,
                          guint    *n_deviations)
{
  return get_records (self, XC_FORMAT_RECORD_DEVIATION, n_deviations);
}

/**
 * xc_design_find_town:
 * @id: (nullable): a town id
 *
 * Returns: the index of the first town with @id, or %XC_DESIGN_NONE
 */
guint
xc_design_find_town (XcDesign   *self,
                     const char *id)
{
  g_return_val_if_fail (XC_IS_DESIGN (self), XC_DESIGN_NONE);

  return find (self, XC_FORMAT_RECORD_TOWN, id);
}

guint
xc_design_find_institution (XcDesign   *self,
                            const char *id)
{
  g_return_val_if_fail (XC_IS_DESIGN (self), XC_DESIGN_NONE);

  return find (self, XC_FORMAT_RECORD_INSTITUTION, id);
}

/* The name of the first record of @record with @id: the structs of the
 * records with names begin with their id and name. */
static const char *
find_name (XcDesign       *self,
           XcFormatRecord  record,
           const char     *id)
{
  GArray *records = self->records[record];
  guint index = find (self, record, id);

  G_STATIC_ASSERT (G_STRUCT_OFFSET (XcUnitData, name) == sizeof (const char *));
  G_STATIC_ASSERT (G_STRUCT_OFFSET (XcPersonData, name) == sizeof (const char *));
  G_STATIC_ASSERT (G_STRUCT_OFFSET (XcInstitutionData, name) == sizeof (const char *));

  if (index == XC_DESIGN_NONE)
    return NULL;
  return ((const char * const *) (records->data + (gsize) index * g_array_get_element_size (records)))[1];
}

/**
 * xc_design_get_unit_name:
 * @id: (nullable): a unit id
 *
 * Returns: (nullable): the name of the unit with @id, or %NULL where the
 *   design has no such unit or it has no name
 */
const char *
xc_design_get_unit_name (XcDesign   *self,
                         const char *id)
{
  g_return_val_if_fail (XC_IS_DESIGN (self), NULL);

  return find_name (self, XC_FORMAT_RECORD_UNIT, id);
}

/**
 * xc_design_get_person_name:
 * @id: (nullable): a person id
 *
 * Returns: (nullable): the name of the person with @id, or %NULL
 */
const char *
xc_design_get_person_name (XcDesign   *self,
                           const char *id)
{
  g_return_val_if_fail (XC_IS_DESIGN (self), NULL);

  return find_name (self, XC_FORMAT_RECORD_PERSON, id);
}

/**
 * xc_design_get_institution_name:
 * @id: (nullable): an institution id
 *
 * Returns: (nullable): the name of the institution with @id, or %NULL
 */
const char *
xc_design_get_institution_name (XcDesign   *self,
                                const char *id)
{
  g_return_val_if_fail (XC_IS_DESIGN (self), NULL);

  return find_name (self, XC_FORMAT_RECORD_INSTITUTION, id);
}

guint
_xc_design_find (XcDesign       *self,
                 XcFormatRecord  record,
                 const char     *id)
{
  return find (self, record, id);
}

guint
xc_design_find_person (XcDesign   *self,
                       const char *id)
{
  g_return_val_if_fail (XC_IS_DESIGN (self), XC_DESIGN_NONE);

  return find (self, XC_FORMAT_RECORD_PERSON, id);
}

guint
xc_design_find_unit (XcDesign   *self,
                     const char *id)
{
  g_return_val_if_fail (XC_IS_DESIGN (self), XC_DESIGN_NONE);

  return find (self, XC_FORMAT_RECORD_UNIT, id);
}

static JsonNode *
parse_span (XcDesign   *self,
            const Span *span)
{
  g_autoptr(GBytes) bytes = g_bytes_new_from_bytes (self->bytes, span->start,
                                                     span->end - span->start);

  /* read before: this cannot fail */
  return _xc_format_parse (bytes, "", NULL);
}

/**
 * xc_design_dup_ext:
 * @record: which collection @index counts in
 * @index: the record's index (0 for the programme)
 *
 * The scheme-specific members of a record, read from its bytes on demand:
 * plugins keep what they like there, and rules look at it rarely.
 *
 * Returns: (transfer full) (nullable): the record's `ext`, or %NULL
 *   without one
 */
JsonObject *
xc_design_dup_ext (XcDesign       *self,
                   XcDesignRecord  record,
                   guint           index)
{
  g_autoptr(JsonNode) node = NULL;
  GArray *spans;
  Span *span;

  g_return_val_if_fail (XC_IS_DESIGN (self), NULL);
  g_return_val_if_fail (record <= XC_DESIGN_RECORD_UNIT, NULL);

  spans = self->ext_spans[record];
  if (index >= spans->len)
    return NULL;
  span = &g_array_index (spans, Span, index);
  if (span->end == 0)
    return NULL;
  node = parse_span (self, span);
  if (node == NULL || !JSON_NODE_HOLDS_OBJECT (node))
    return NULL;
  return json_object_ref (json_node_get_object (node));
}

/**
 * xc_ext_get_member:
 * @ext: (nullable): an `ext` object, as xc_design_dup_ext() returns
 *
 * Returns: (transfer none) (nullable): the member @name, if it is there
 *   and not null
 */
JsonNode *
xc_ext_get_member (JsonObject *ext,
                   const char *name)
{
  JsonNode *node;

  g_return_val_if_fail (name != NULL, NULL);

  node = ext != NULL ? json_object_get_member (ext, name) : NULL;
  return node != NULL && !JSON_NODE_HOLDS_NULL (node) ? node : NULL;
}

/**
 * xc_ext_get_string:
 * @ext: (nullable): an `ext` object
 *
 * Returns: (nullable): the string member @name, or %NULL
 */
const char *
xc_ext_get_string (JsonObject *ext,
                   const char *name)
{
  return ext != NULL ? _xc_json_get_string (ext, name) : NULL;
}

/**
 * xc_ext_get_number:
 * @ext: (nullable): an `ext` object
 * @value: (out) (optional): where to store the number
 *
 * Returns: %TRUE if @ext has a member @name holding a number
 */
gboolean
xc_ext_get_number (JsonObject *ext,
                   const char *name,
                   double     *value)
{
  return ext != NULL && _xc_json_get_number (ext, name, value);
}

/**
 * xc_ext_strv_contains:
 * @ext: (nullable): an `ext` object
 *
 * Returns: %TRUE if @ext has an array member @name with the string @value
 */
gboolean
xc_ext_strv_contains (JsonObject *ext,
                      const char *name,
                      const char *value)
{
  JsonNode *node = xc_ext_get_member (ext, name);
  JsonArray *array;

  g_return_val_if_fail (value != NULL, FALSE);

  if (node == NULL || !JSON_NODE_HOLDS_ARRAY (node))
    return FALSE;
  array = json_node_get_array (node);
  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      JsonNode *element = json_array_get_element (array, i);

      if (JSON_NODE_HOLDS_VALUE (element)
          && json_node_get_value_type (element) == G_TYPE_STRING
          && g_strcmp0 (json_node_get_string (element), value) == 0)
        return TRUE;
    }
  return FALSE;
}

/**
 * xc_design_get_institution_county:
 *
 * Returns: (nullable): the county of the institution at index
 *   @institution: its own, else its town's; %NULL where neither is known
 */
const char *
xc_design_get_institution_county (XcDesign *self,
                                  guint     institution)
{
  const XcInstitutionData *data;
  const char *county;
  guint n;

  g_return_val_if_fail (XC_IS_DESIGN (self), NULL);

  data = xc_design_get_institutions (self, &n);
  if (institution >= n)
    return NULL;
  data = &data[institution];
  if (data->county != NULL && data->county[0] != '\0')
    return data->county;
  if (data->town_index == XC_DESIGN_NONE)
    return NULL;
  county = xc_design_get_towns (self, NULL)[data->town_index].county;
  return county != NULL && county[0] != '\0' ? county : NULL;
}

/**
 * xc_design_get_onsite_days:
 *
 * On-site days a month of every person, as docs/format-extensions.md
 * defines them: over the units where the person is lead or team member.
 *
 * Returns: (transfer none): one number per person, 0 for those who are no
 *   lead or team member
 */
const double *
xc_design_get_onsite_days (XcDesign *self)
{
  g_return_val_if_fail (XC_IS_DESIGN (self), NULL);

  return self->onsite_days;
}

const XcDesignGap *
_xc_design_get_gaps (XcDesign *self,
                     guint    *n_gaps)
{
  *n_gaps = self->gaps->len;
  return (const XcDesignGap *) self->gaps->data;
}

/* The programme's members that are records or hold them, and its ext. */
static const char * const programme_parts[] = {
  "institutions", "people", "units", "needs", "deviations", "region", "ext", NULL
};

/* A record as a json-glib object, read again from its bytes; the
 * programme without its collections, region and ext. */
JsonObject *
_xc_design_dup_record_object (XcDesign       *self,
                              XcFormatRecord  record,
                              guint           index)
{
  g_autoptr(JsonNode) node = NULL;

  if (record == XC_FORMAT_RECORD_PROGRAMME)
    {
      JsonObject *object = json_object_new ();

      /* its own members: what XC-07 and XC-02 read of it */
      for (guint i = 0; i < self->top_names->len; i++)
        {
          const char *name = g_ptr_array_index (self->top_names, i);

          if (!g_strv_contains (programme_parts, name))
            json_object_set_member (object, name,
                                    parse_span (self, &g_array_index (self->top_spans, Span, i)));
        }
      return object;
    }

  node = parse_span (self, &g_array_index (self->spans[record], Span, index));
  return json_object_ref (json_node_get_object (node));
}

gboolean
_xc_design_has_negative (XcDesign       *self,
                         XcFormatRecord  record,
                         guint           index)
{
  return g_hash_table_contains (self->negative, record_key (record, index));
}

/* The record of @gap as a json-glib object, for _xc_format_foreach_missing(). */
JsonObject *
_xc_design_dup_gap_object (XcDesign          *self,
                           const XcDesignGap *gap)
{
  g_autoptr(JsonObject) unit = NULL;
  JsonArray *parts;

  if (gap->record != XC_FORMAT_RECORD_TEAM_MEMBER && gap->record != XC_FORMAT_RECORD_COMMITMENT)
    return _xc_design_dup_record_object (self, gap->record, gap->index);

  unit = _xc_design_dup_record_object (self, XC_FORMAT_RECORD_UNIT, gap->unit);
  parts = json_object_get_array_member (unit, gap->record == XC_FORMAT_RECORD_TEAM_MEMBER
                                              ? "team" : "commitments");
  return json_object_ref (json_array_get_object_element (parts, gap->index));
}

/* The programme's JSON but its records: its members in the file's order,
 * the collections (and the region's towns) as empty arrays that the
 * model's lists stand for. */
JsonObject *
_xc_design_dup_programme_object (XcDesign *self)
{
  static const char * const collections[] = {
    "institutions", "people", "units", "needs", "deviations", NULL
  };
  JsonObject *object = json_object_new ();

  for (guint i = 0; i < self->top_names->len; i++)
    {
      const char *name = g_ptr_array_index (self->top_names, i);
      Span *span = &g_array_index (self->top_spans, Span, i);

      if (g_strv_contains (collections, name) && ((const char *) g_bytes_get_data (self->bytes, NULL))[span->start] == '[')
        json_object_set_array_member (object, name, json_array_new ());
      else
        {
          JsonNode *value = parse_span (self, span);

          if (g_str_equal (name, "region") && JSON_NODE_HOLDS_OBJECT (value)
              && json_object_has_member (json_node_get_object (value), "towns"))
            json_object_set_array_member (json_node_get_object (value), "towns", json_array_new ());
          json_object_set_member (object, name, value);
        }
    }
  return object;
}

gconstpointer
_xc_design_get_records (XcDesign       *self,
                        XcFormatRecord  record,
                        guint          *n_records)
{
  return get_records (self, record, n_records);
}

/* Where record @index of @record lies in the design's bytes. */
void
_xc_design_get_span (XcDesign       *self,
                     XcFormatRecord  record,
                     guint           index,
                     gsize          *start,
                     gsize          *end)
{
  Span *span = &g_array_index (self->spans[record], Span, index);

  *start = span->start;
  *end = span->end;
}

static inline gboolean
is_json_space (char c)
{
  return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

/* Whether two JSON texts hold the same tokens: the space between tokens
 * is no part of any value (RFC 8259), and a file the program did not
 * write is spaced otherwise than one it did. */
static gboolean
same_tokens (const char *a,
             gsize       a_length,
             const char *b,
             gsize       b_length)
{
  gsize i = 0, j = 0;
  gboolean in_string = FALSE, escaped = FALSE;

  if (a_length == b_length && memcmp (a, b, a_length) == 0)
    return TRUE;
  for (;;)
    {
      if (!in_string)
        {
          while (i < a_length && is_json_space (a[i]))
            i++;
          while (j < b_length && is_json_space (b[j]))
            j++;
        }
      if (i == a_length || j == b_length)
        return i == a_length && j == b_length;
      if (a[i] != b[j])
        return FALSE;
      if (escaped)
        escaped = FALSE;
      else if (in_string && a[i] == '\\')
        escaped = TRUE;
      else if (a[i] == '"')
        in_string = !in_string;
      i++;
      j++;
    }
}

/* The records of a collection, each the same bytes as before. */
static gboolean
same_records (XcDesign       *self,
              XcDesign       *before,
              XcFormatRecord  record)
{
  const char *data = g_bytes_get_data (self->bytes, NULL);
  const char *before_data = g_bytes_get_data (before->bytes, NULL);
  GArray *spans = self->spans[record];
  GArray *before_spans = before->spans[record];

  if (spans->len != before_spans->len)
    return FALSE;
  for (guint i = 0; i < spans->len; i++)
    {
      Span *span = &g_array_index (spans, Span, i);
      Span *before_span = &g_array_index (before_spans, Span, i);

      if (span->end - span->start != before_span->end - before_span->start
          || memcmp (data + span->start, before_data + before_span->start,
                     span->end - span->start) != 0)
        return FALSE;
    }
  return TRUE;
}

static XcFormatRecord
collection_record (const char *name)
{
  static const struct
  {
    const char     *name;
    XcFormatRecord  record;
  } collections[] = {
    { "institutions", XC_FORMAT_RECORD_INSTITUTION },
    { "people", XC_FORMAT_RECORD_PERSON },
    { "units", XC_FORMAT_RECORD_UNIT },
    { "needs", XC_FORMAT_RECORD_NEED },
    { "deviations", XC_FORMAT_RECORD_DEVIATION },
  };

  for (guint i = 0; i < G_N_ELEMENTS (collections); i++)
    if (strcmp (collections[i].name, name) == 0)
      return collections[i].record;
  return XC_FORMAT_RECORD_NONE;
}

/* Which units of @self are, byte for byte, the unit at the same place in
 * @before, where all else of the two designs is the same too: a byte per
 * unit of @self, 1 where so. %NULL where anything outside the units
 * differs: the programme, a collection, a person. The big collections are
 * compared record by record, the rest token by token. */
GBytes *
_xc_design_compare_units (XcDesign *self,
                          XcDesign *before)
{
  const char *data = g_bytes_get_data (self->bytes, NULL);
  const char *before_data = g_bytes_get_data (before->bytes, NULL);
  GArray *spans = self->spans[XC_FORMAT_RECORD_UNIT];
  GArray *before_spans = before->spans[XC_FORMAT_RECORD_UNIT];
  gboolean has_units = FALSE;
  guint8 *clean;

  if (self->top_names->len != before->top_names->len)
    return NULL;
  for (guint i = 0; i < self->top_names->len; i++)
    {
      const char *name = g_ptr_array_index (self->top_names, i);
      Span *span = &g_array_index (self->top_spans, Span, i);
      Span *before_span = &g_array_index (before->top_spans, Span, i);
      XcFormatRecord record = collection_record (name);
      gboolean arrays = data[span->start] == '[' && before_data[before_span->start] == '[';

      if (strcmp (name, g_ptr_array_index (before->top_names, i)) != 0)
        return NULL;
      if (record == XC_FORMAT_RECORD_UNIT && arrays)
        has_units = TRUE;
      else if (record != XC_FORMAT_RECORD_NONE && arrays)
        {
          if (!same_records (self, before, record))
            return NULL;
        }
      else if (!same_tokens (data + span->start, span->end - span->start,
                             before_data + before_span->start, before_span->end - before_span->start))
        return NULL;
    }
  if (!has_units)
    return NULL;

  clean = g_malloc0 (MAX (spans->len, 1));
  for (guint i = 0; i < MIN (spans->len, before_spans->len); i++)
    {
      Span *span = &g_array_index (spans, Span, i);
      Span *before_span = &g_array_index (before_spans, Span, i);

      clean[i] = span->end - span->start == before_span->end - before_span->start
                 && memcmp (data + span->start, before_data + before_span->start,
                            span->end - span->start) == 0;
    }
  return g_bytes_new_take (clean, spans->len);
}

GHashTable *
_xc_design_get_dangling_onsite_days (XcDesign *self)
{
  return self->dangling_onsite_days;
}

guint
_xc_design_count_ids (XcDesign       *self,
                      XcFormatRecord  record)
{
  g_return_val_if_fail (XC_IS_DESIGN (self), 0);
  g_return_val_if_fail (self->index[record] != NULL, 0);

  return g_hash_table_size (self->index[record]);
}

gboolean
_xc_design_is_expert (XcDesign *self,
                      guint     person)
{
  return self->is_expert[person];
}

/* Helpers over the structs */

static const char *
label_of (const char *name,
          const char *id)
{
  if (name != NULL && name[0] != '\0')
    return name;
  return id != NULL ? id : "";
}

/**
 * xc_unit_data_get_label:
 *
 * Returns: the unit's name where it has one, else its id, else ""
 */
const char *
xc_unit_data_get_label (const XcUnitData *unit)
{
  g_return_val_if_fail (unit != NULL, "");

  return label_of (unit->name, unit->id);
}

const char *
xc_person_data_get_label (const XcPersonData *person)
{
  g_return_val_if_fail (person != NULL, "");

  return label_of (person->name, person->id);
}

const char *
xc_institution_data_get_label (const XcInstitutionData *institution)
{
  g_return_val_if_fail (institution != NULL, "");

  return label_of (institution->name, institution->id);
}

/**
 * xc_person_data_is_senior:
 *
 * Returns: %TRUE for a senior title (高级职称): `deputy_chief` or `chief`
 */
gboolean
xc_person_data_is_senior (const XcPersonData *person)
{
  g_return_val_if_fail (person != NULL, FALSE);

  return g_strcmp0 (person->title, "chief") == 0 || g_strcmp0 (person->title, "deputy_chief") == 0;
}

gboolean
xc_unit_data_has_team_member (const XcUnitData *unit,
                              const char       *person)
{
  g_return_val_if_fail (unit != NULL, FALSE);

  if (person == NULL)
    return FALSE;
  for (guint i = 0; i < unit->n_team; i++)
    if (g_strcmp0 (unit->team[i].person, person) == 0)
      return TRUE;
  return FALSE;
}

/* How many different strings @ids[0..@n) holds, leaving out %NULL and
 * @except. Teams are a handful of entries; a file may list thousands. */
static guint
count_distinct (const char * const *ids,
                gsize               stride,
                guint               n,
                const char         *except)
{
  g_autoptr(GHashTable) seen = NULL;
  guint count = 0;

#define ID(i) (*(const char * const *) ((const guchar *) ids + (gsize) (i) * stride))
  if (n > 32)
    seen = g_hash_table_new (g_str_hash, g_str_equal);
  for (guint i = 0; i < n; i++)
    {
      const char *id = ID (i);
      gboolean repeated = FALSE;

      if (id == NULL || g_strcmp0 (id, except) == 0)
        continue;
      if (seen != NULL)
        repeated = !g_hash_table_add (seen, (gpointer) id);
      else
        for (guint j = 0; j < i && !repeated; j++)
          repeated = g_strcmp0 (ID (j), id) == 0;
      count += !repeated;
    }
#undef ID
  return count;
}

/**
 * xc_unit_data_count_team_members:
 *
 * Returns: how many different people the team lists besides the lead
 *   (an id naming nobody of the design counts too: XC-01 reports it)
 */
guint
xc_unit_data_count_team_members (const XcUnitData *unit)
{
  g_return_val_if_fail (unit != NULL, 0);

  if (unit->n_team == 0)
    return 0;
  return count_distinct (&unit->team[0].person, sizeof (XcTeamMemberData), unit->n_team,
                         unit->lead);
}

/**
 * xc_unit_data_count_learners:
 *
 * Returns: how many different people the unit lists as learners
 */
guint
xc_unit_data_count_learners (const XcUnitData *unit)
{
  g_return_val_if_fail (unit != NULL, 0);

  return count_distinct (unit->learners, sizeof (const char *),
                         g_strv_length ((char **) unit->learners), NULL);
}

/**
 * xc_unit_data_get_target:
 * @key: a member of `targets`: `outpatients`, `operations`, `referrals`,
 *   `new_techniques`, `trainees` or `training_sessions`
 * @value: (out) (optional): the target
 *
 * Returns: %TRUE if the unit sets that target
 */
gboolean
xc_unit_data_get_target (const XcUnitData *unit,
                         const char       *key,
                         double           *value)
{

  g_return_val_if_fail (unit != NULL, FALSE);
  g_return_val_if_fail (key != NULL, FALSE);

  for (guint i = 0; i < G_N_ELEMENTS (target_keys); i++)
    if (g_str_equal (key, target_keys[i]))
      {
        if (!(unit->has_target & (1u << i)))
          return FALSE;
        if (value != NULL)
          *value = unit->targets[i];
        return TRUE;
      }
  return FALSE;
}

/**
 * xc_unit_data_sum_commitments:
 * @covers: which commitments count, e.g. xc_commitment_data_covers_lead()
 *
 * Returns: the monthly count of the commitments @covers accepts with
 *   @activity in this unit
 */
double
xc_unit_data_sum_commitments (const XcUnitData *unit,
                              const char       *activity,
                              gboolean        (*covers) (const XcCommitmentData *))
{
  double sum = 0;

  g_return_val_if_fail (unit != NULL, 0);
  g_return_val_if_fail (activity != NULL, 0);
  g_return_val_if_fail (covers != NULL, 0);

  for (guint i = 0; i < unit->n_commitments; i++)
    if (g_strcmp0 (unit->commitments[i].activity, activity) == 0 && covers (&unit->commitments[i]))
      sum += xc_commitment_data_get_monthly_count (&unit->commitments[i]);
  return sum;
}

double
xc_commitment_data_get_monthly_count (const XcCommitmentData *commitment)
{
  g_return_val_if_fail (commitment != NULL, 0);

  return commitment->count * xc_per_get_monthly_factor (commitment->per);
}

/* `group` is the lead and the team together. */
gboolean
xc_commitment_data_covers_lead (const XcCommitmentData *commitment)
{
  g_return_val_if_fail (commitment != NULL, FALSE);

  return g_strcmp0 (commitment->role, "lead") == 0 || g_strcmp0 (commitment->role, "group") == 0;
}

gboolean
xc_commitment_data_covers_team (const XcCommitmentData *commitment)
{
  g_return_val_if_fail (commitment != NULL, FALSE);

  return g_strcmp0 (commitment->role, "team") == 0 || g_strcmp0 (commitment->role, "group") == 0;
}

gboolean
xc_commitment_data_covers_learners (const XcCommitmentData *commitment)
{
  g_return_val_if_fail (commitment != NULL, FALSE);

  return g_strcmp0 (commitment->role, "learners") == 0;
}
