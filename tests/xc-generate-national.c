/* SPDX-License-Identifier: GPL-3.0-or-later */

/* xc-generate-national: writes a synthetic, national-scale programme design
 * (scheme huizhou-studio, one studio at each of N township health centres)
 * for benchmarks and scale tests of the loader and validator.
 *
 *   xc-generate-national [--units N] [--people M] [--seed S] OUTPUT
 *
 * The output depends only on N, M and S.  Every name and id is invented;
 * nothing here describes a real programme.
 */

#include <errno.h>
#include <stdio.h>
#include <string.h>

#include <glib.h>

#define DEFAULT_UNITS  34000
#define DEFAULT_PEOPLE 100000
#define DEFAULT_SEED   1

#define MAX_UNITS 1000000

#define MAX_DEPTH 16

#define LEARNERS_PER_UNIT 2

static const char * const western_specialties[] = {
  "cardiology", "endocrinology", "orthopaedics", "obstetrics_gynaecology",
  "neurosurgery", "hepatobiliary", "dermatology", "general_practice",
  "paediatrics", "oncology",
};

static const char * const tcm_specialties[] = {
  "tcm_internal", "acupuncture", "tcm_orthopaedics", "tcm_gynaecology",
  "tcm_paediatrics", "pain",
};

static const char * const equipment[] = { "computer", "broadband", "av_capture", "recorder" };

typedef struct
{
  const char *role;
  const char *activity;
  const char *per;
} Commitment;

static const Commitment commitments[] = {
  { "team", "outpatient", "week" },
  { "team", "ward_round", "fortnight" },
  { "team", "seminar", "quarter" },
  { "team", "consultation", "month" },
  { "team", "teaching_review", "month" },
  { "learners", "outpatient", "week" },
  { "learners", "ward_round", "fortnight" },
  { "learners", "seminar", "quarter" },
};

/* A minimal streaming JSON writer.  Containers are indented by two spaces,
 * one member or element a line, except records (the elements of the big
 * arrays), which are written compactly on one line each: this keeps the
 * file greppable while staying near the size of compact JSON. */

typedef struct
{
  FILE     *out;
  guint     depth;
  gboolean  after_key;
  gboolean  has_items[MAX_DEPTH];
  gboolean  pretty[MAX_DEPTH];
} JsonOut;

static void
json_indent (JsonOut *w,
             guint    depth)
{
  putc ('\n', w->out);
  for (guint i = 0; i < depth; i++)
    fputs ("  ", w->out);
}

/* Writes whatever separates the next value from the one before it. */
static void
json_begin_value (JsonOut *w)
{
  if (w->after_key)
    {
      w->after_key = FALSE;
      return;
    }
  if (w->depth == 0)
    return;

  if (w->has_items[w->depth])
    putc (',', w->out);
  if (w->pretty[w->depth])
    json_indent (w, w->depth);
  w->has_items[w->depth] = TRUE;
}

static void
json_open (JsonOut  *w,
           char      bracket,
           gboolean  one_line)
{
  gboolean pretty = (w->depth == 0 || w->pretty[w->depth]) && !one_line;

  json_begin_value (w);
  putc (bracket, w->out);
  g_assert (w->depth + 1 < MAX_DEPTH);
  w->depth++;
  w->has_items[w->depth] = FALSE;
  w->pretty[w->depth] = pretty;
}

static void
json_close (JsonOut *w,
            char     bracket)
{
  g_assert (w->depth > 0);
  if (w->pretty[w->depth] && w->has_items[w->depth])
    json_indent (w, w->depth - 1);
  w->depth--;
  putc (bracket, w->out);
}

#define json_begin_object(w) json_open ((w), '{', FALSE)
#define json_begin_record(w) json_open ((w), '{', TRUE)
#define json_end_object(w)   json_close ((w), '}')
#define json_begin_array(w)  json_open ((w), '[', FALSE)
#define json_end_array(w)    json_close ((w), ']')

/* Writes @s as a JSON string literal; @s must be UTF-8. */
static void
json_write_escaped (FILE       *out,
                    const char *s)
{
  putc ('"', out);
  for (const unsigned char *p = (const unsigned char *) s; *p != '\0'; p++)
    {
      switch (*p)
        {
        case '"':
          fputs ("\\\"", out);
          break;
        case '\\':
          fputs ("\\\\", out);
          break;
        case '\n':
          fputs ("\\n", out);
          break;
        case '\r':
          fputs ("\\r", out);
          break;
        case '\t':
          fputs ("\\t", out);
          break;
        case '\b':
          fputs ("\\b", out);
          break;
        case '\f':
          fputs ("\\f", out);
          break;
        default:
          if (*p < 0x20)
            fprintf (out, "\\u%04x", *p);
          else
            putc (*p, out);
        }
    }
  putc ('"', out);
}

static void
json_key (JsonOut    *w,
          const char *key)
{
  json_begin_value (w);
  json_write_escaped (w->out, key);
  putc (':', w->out);
  if (w->pretty[w->depth])
    putc (' ', w->out);
  w->after_key = TRUE;
}

static void
json_string (JsonOut    *w,
             const char *value)
{
  json_begin_value (w);
  json_write_escaped (w->out, value);
}

static void
json_int (JsonOut *w,
          gint64   value)
{
  json_begin_value (w);
  fprintf (w->out, "%" G_GINT64_FORMAT, value);
}

static void
json_bool (JsonOut  *w,
           gboolean  value)
{
  json_begin_value (w);
  fputs (value ? "true" : "false", w->out);
}

static void
json_member_string (JsonOut    *w,
                    const char *key,
                    const char *value)
{
  json_key (w, key);
  json_string (w, value);
}

static void
json_member_int (JsonOut    *w,
                 const char *key,
                 gint64      value)
{
  json_key (w, key);
  json_int (w, value);
}

static void
json_member_bool (JsonOut    *w,
                  const char *key,
                  gboolean    value)
{
  json_key (w, key);
  json_bool (w, value);
}

/* The design, as indices; the ids and names are formatted on output. */

typedef struct
{
  guint n_units;        /* = towns = township health centres */
  guint n_people;
  guint n_counties;
  guint n_hospitals;
  guint n_mentors;
  guint n_pool;         /* team members */
  guint n_needs;

  /* per mentor */
  guint8 *mentor_title_chief;
  guint8 *mentor_specialty;    /* index into the variant's list */
  guint8 *team_size;
  guint  *team;                /* 3 per mentor, pool indices */

  /* per team member */
  guint8 *pool_title_chief;
  gint16 *pool_specialty;      /* western index, or 100 + tcm index */

  /* per learner (2 per unit) */
  guint8 *learner_title;

  /* per unit */
  guint8 *on_site;

  /* per need */
  guint  *need_unit;
  gint16 *need_specialty;
} Design;

static guint
unit_mentor (guint unit)
{
  /* Units 4k and 4k+2 share mentor 2k (western), 4k+1 and 4k+3 share
   * mentor 2k+1 (tcm): each mentor leads at most two studios, of the
   * mentor's own variant, at neighbouring health centres. */
  return (unit / 4) * 2 + unit % 2;
}

static guint
count_mentors (guint n_units)
{
  guint n = unit_mentor (n_units - 1) + 1;

  if (n_units >= 2)
    n = MAX (n, unit_mentor (n_units - 2) + 1);
  return n;
}

/* Two learners a unit, a mentor for every two units and at least three
 * team members to share. */
static guint64
min_people (guint n_units)
{
  return (guint64) n_units * LEARNERS_PER_UNIT + count_mentors (n_units) + 3;
}

static gboolean
unit_is_tcm (guint unit)
{
  return unit % 2 == 1;
}

static guint
unit_county (const Design *d,
             guint         unit)
{
  return (guint) ((guint64) unit * d->n_counties / d->n_units);
}

static guint
mentor_hospital (const Design *d,
                 guint         mentor)
{
  return mentor % d->n_hospitals;
}

static const char *
specialty_name (gint16 index)
{
  if (index >= 100)
    return tcm_specialties[index - 100];
  return western_specialties[index];
}

static gint16
mentor_specialty_index (const Design *d,
                        guint         mentor)
{
  return (mentor % 2 == 1 ? 100 : 0) + d->mentor_specialty[mentor];
}

static gint16
random_specialty (GRand    *rand,
                  gboolean  tcm)
{
  if (tcm)
    return 100 + g_rand_int_range (rand, 0, G_N_ELEMENTS (tcm_specialties));
  return g_rand_int_range (rand, 0, G_N_ELEMENTS (western_specialties));
}

static void
design_clear (Design *d)
{
  g_free (d->mentor_title_chief);
  g_free (d->mentor_specialty);
  g_free (d->team_size);
  g_free (d->team);
  g_free (d->pool_title_chief);
  g_free (d->pool_specialty);
  g_free (d->learner_title);
  g_free (d->on_site);
  g_free (d->need_unit);
  g_free (d->need_specialty);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Design, design_clear)

/* Returns FALSE when @n_people is too few for @n_units studios. */
static gboolean
design_init (Design *d,
             guint   n_units,
             guint   n_people,
             guint32 seed)
{
  g_autoptr(GRand) rand = g_rand_new_with_seed (seed);
  g_autofree guint *cursor = NULL;

  memset (d, 0, sizeof *d);
  d->n_units = n_units;
  d->n_people = n_people;
  d->n_mentors = count_mentors (n_units);

  if ((guint64) n_people < min_people (n_units))
    return FALSE;
  d->n_pool = n_people - n_units * LEARNERS_PER_UNIT - d->n_mentors;

  d->n_counties = CLAMP (n_units / 100, 1, 999);
  d->n_needs = MAX (1, n_units / 34);

  /* About one hospital for 17 studios, each with at least three team
   * members to draw teams from; an even count keeps western and tcm
   * mentors at different hospitals. */
  d->n_hospitals = CLAMP (n_units / 17, 1, MIN (d->n_mentors, d->n_pool / 3));
  if (d->n_hospitals > 1)
    d->n_hospitals -= d->n_hospitals % 2;

  d->mentor_title_chief = g_new0 (guint8, d->n_mentors);
  d->mentor_specialty = g_new0 (guint8, d->n_mentors);
  d->team_size = g_new0 (guint8, d->n_mentors);
  d->team = g_new0 (guint, (gsize) d->n_mentors * 3);
  d->pool_title_chief = g_new0 (guint8, d->n_pool);
  d->pool_specialty = g_new (gint16, d->n_pool);
  d->learner_title = g_new0 (guint8, (gsize) n_units * LEARNERS_PER_UNIT);
  d->on_site = g_new0 (guint8, n_units);
  d->need_unit = g_new0 (guint, d->n_needs);
  d->need_specialty = g_new0 (gint16, d->n_needs);
  cursor = g_new0 (guint, d->n_hospitals);

  for (guint j = 0; j < d->n_pool; j++)
    {
      d->pool_title_chief[j] = g_rand_int_range (rand, 0, 4) == 0;
      d->pool_specialty[j] = -1;
    }

  /* Each mentor's team of 2-3 comes from the team members of the mentor's
   * hospital, in turn, so members are shared between a few mentors there;
   * a member takes the specialty of the first mentor who draws them. */
  for (guint m = 0; m < d->n_mentors; m++)
    {
      guint h = mentor_hospital (d, m);
      guint at_h = (d->n_pool - h + d->n_hospitals - 1) / d->n_hospitals;
      gboolean tcm = m % 2 == 1;

      d->mentor_title_chief[m] = g_rand_int_range (rand, 0, 5) != 0;
      d->mentor_specialty[m] = tcm
        ? g_rand_int_range (rand, 0, G_N_ELEMENTS (tcm_specialties))
        : g_rand_int_range (rand, 0, G_N_ELEMENTS (western_specialties));
      d->team_size[m] = MIN (2 + (guint) g_rand_int_range (rand, 0, 2), at_h);

      for (guint k = 0; k < d->team_size[m]; k++)
        {
          guint j = h + d->n_hospitals * (cursor[h]++ % at_h);

          d->team[m * 3 + k] = j;
          if (d->pool_specialty[j] < 0)
            d->pool_specialty[j] = mentor_specialty_index (d, m);
        }
    }

  for (guint j = 0; j < d->n_pool; j++)
    if (d->pool_specialty[j] < 0)
      d->pool_specialty[j] = random_specialty (rand, (j % d->n_hospitals) % 2 == 1);

  for (guint i = 0; i < n_units * LEARNERS_PER_UNIT; i++)
    d->learner_title[i] = g_rand_int_range (rand, 0, 3);

  /* A few studios commit their group to on-site days. */
  for (guint u = 0; u < n_units; u++)
    d->on_site[u] = g_rand_int_range (rand, 0, 20) == 0;

  /* Half the needs ask for the specialty of the studio already there. */
  for (guint i = 0; i < d->n_needs; i++)
    {
      guint u = g_rand_int_range (rand, 0, n_units);

      d->need_unit[i] = u;
      if (g_rand_boolean (rand))
        d->need_specialty[i] = mentor_specialty_index (d, unit_mentor (u));
      else
        d->need_specialty[i] = random_specialty (rand, g_rand_boolean (rand));
    }

  return TRUE;
}

/* Ids and names. */

static void
town_id (char  *buf,
         gsize  size,
         guint  unit)
{
  g_snprintf (buf, size, "t-%05u", unit + 1);
}

static void
county_name (char  *buf,
             gsize  size,
             guint  county)
{
  g_snprintf (buf, size, "县%04u", county + 1);
}

static void
centre_id (char  *buf,
           gsize  size,
           guint  unit)
{
  g_snprintf (buf, size, "i-hc-%05u", unit + 1);
}

static void
hospital_id (char  *buf,
             gsize  size,
             guint  hospital)
{
  g_snprintf (buf, size, "i-h-%04u", hospital + 1);
}

static void
mentor_id (char  *buf,
           gsize  size,
           guint  mentor)
{
  g_snprintf (buf, size, "p-m-%05u", mentor + 1);
}

static void
member_id (char  *buf,
           gsize  size,
           guint  member)
{
  g_snprintf (buf, size, "p-t-%05u", member + 1);
}

static void
learner_id (char  *buf,
            gsize  size,
            guint  unit,
            guint  k)
{
  g_snprintf (buf, size, "p-l-%05u-%u", unit + 1, k + 1);
}

/* Output. */

static void
write_region (JsonOut      *w,
              const Design *d)
{
  char buf[64], county[64];

  json_key (w, "region");
  json_begin_object (w);
  json_member_string (w, "province", "全国");

  json_key (w, "counties");
  json_begin_array (w);
  for (guint c = 0; c < d->n_counties; c++)
    {
      county_name (buf, sizeof buf, c);
      json_string (w, buf);
    }
  json_end_array (w);

  json_key (w, "towns");
  json_begin_array (w);
  for (guint u = 0; u < d->n_units; u++)
    {
      json_begin_record (w);
      town_id (buf, sizeof buf, u);
      json_member_string (w, "id", buf);
      g_snprintf (buf, sizeof buf, "镇%05u", u + 1);
      json_member_string (w, "name", buf);
      county_name (county, sizeof county, unit_county (d, u));
      json_member_string (w, "county", county);
      json_end_object (w);
    }
  json_end_array (w);

  json_end_object (w);
}

static void
write_institutions (JsonOut      *w,
                    const Design *d)
{
  char buf[64], county[64];

  json_key (w, "institutions");
  json_begin_array (w);

  for (guint h = 0; h < d->n_hospitals; h++)
    {
      json_begin_record (w);
      hospital_id (buf, sizeof buf, h);
      json_member_string (w, "id", buf);
      g_snprintf (buf, sizeof buf, "第%04u人民医院", h + 1);
      json_member_string (w, "name", buf);
      json_member_string (w, "kind", "hospital");
      json_member_string (w, "level", "tertiary");
      json_member_string (w, "ownership", "public");
      json_end_object (w);
    }

  for (guint u = 0; u < d->n_units; u++)
    {
      county_name (county, sizeof county, unit_county (d, u));

      json_begin_record (w);
      centre_id (buf, sizeof buf, u);
      json_member_string (w, "id", buf);
      g_snprintf (buf, sizeof buf, "%s镇%05u卫生院", county, u + 1);
      json_member_string (w, "name", buf);
      json_member_string (w, "kind", "township_health_centre");
      json_member_string (w, "level", "primary");
      json_member_string (w, "ownership", "public");
      json_member_string (w, "county", county);
      town_id (buf, sizeof buf, u);
      json_member_string (w, "town", buf);
      json_end_object (w);
    }

  json_end_array (w);
}

static void
write_person (JsonOut    *w,
              const char *id,
              const char *name,
              const char *title,
              const char *institution,
              const char *honour,
              const char *specialty)
{
  json_begin_record (w);
  json_member_string (w, "id", id);
  json_member_string (w, "name", name);
  json_member_string (w, "title", title);
  json_member_string (w, "institution", institution);
  if (honour != NULL)
    {
      json_key (w, "honours");
      json_begin_array (w);
      json_string (w, honour);
      json_end_array (w);
    }
  json_member_string (w, "specialty", specialty);
  json_end_object (w);
}

static void
write_people (JsonOut      *w,
              const Design *d)
{
  static const char * const learner_titles[] = { "attending", "resident", "none" };
  char id[64], name[64], institution[64];

  json_key (w, "people");
  json_begin_array (w);

  for (guint m = 0; m < d->n_mentors; m++)
    {
      gboolean tcm = m % 2 == 1;

      mentor_id (id, sizeof id, m);
      g_snprintf (name, sizeof name, "导师%05u", m + 1);
      hospital_id (institution, sizeof institution, mentor_hospital (d, m));
      write_person (w, id, name,
                    d->mentor_title_chief[m] ? "chief" : "deputy_chief",
                    institution,
                    tcm ? "municipal_famous_tcm" : "municipal_famous_doctor",
                    specialty_name (mentor_specialty_index (d, m)));
    }

  for (guint j = 0; j < d->n_pool; j++)
    {
      member_id (id, sizeof id, j);
      g_snprintf (name, sizeof name, "团队成员%05u", j + 1);
      hospital_id (institution, sizeof institution, j % d->n_hospitals);
      write_person (w, id, name,
                    d->pool_title_chief[j] ? "chief" : "deputy_chief",
                    institution, NULL,
                    specialty_name (d->pool_specialty[j]));
    }

  for (guint u = 0; u < d->n_units; u++)
    {
      centre_id (institution, sizeof institution, u);
      for (guint k = 0; k < LEARNERS_PER_UNIT; k++)
        {
          learner_id (id, sizeof id, u, k);
          g_snprintf (name, sizeof name, "学员%05u-%u", u + 1, k + 1);
          write_person (w, id, name,
                        learner_titles[d->learner_title[u * LEARNERS_PER_UNIT + k]],
                        institution, NULL,
                        unit_is_tcm (u) ? "tcm_internal" : "general_practice");
        }
    }

  json_end_array (w);
}

static void
write_commitment (JsonOut    *w,
                  const char *role,
                  const char *activity,
                  gint64      count,
                  const char *per)
{
  json_begin_object (w);
  json_member_string (w, "role", role);
  json_member_string (w, "activity", activity);
  json_member_int (w, "count", count);
  json_member_string (w, "per", per);
  json_end_object (w);
}

static void
write_unit (JsonOut      *w,
            const Design *d,
            guint         u)
{
  guint m = unit_mentor (u);
  gboolean tcm = unit_is_tcm (u);
  char buf[96], county[64];

  county_name (county, sizeof county, unit_county (d, u));

  json_begin_record (w);
  g_snprintf (buf, sizeof buf, "u-%05u", u + 1);
  json_member_string (w, "id", buf);
  g_snprintf (buf, sizeof buf, "%s镇%05u卫生院%s", county, u + 1,
              tcm ? "名中医工作室" : "名医工作室");
  json_member_string (w, "name", buf);
  json_member_string (w, "kind", "studio");
  json_member_string (w, "variant", tcm ? "tcm" : "western");
  centre_id (buf, sizeof buf, u);
  json_member_string (w, "host", buf);
  json_member_string (w, "specialty", specialty_name (mentor_specialty_index (d, m)));
  mentor_id (buf, sizeof buf, m);
  json_member_string (w, "lead", buf);

  json_key (w, "team");
  json_begin_array (w);
  for (guint k = 0; k < d->team_size[m]; k++)
    {
      json_begin_object (w);
      member_id (buf, sizeof buf, d->team[m * 3 + k]);
      json_member_string (w, "person", buf);
      json_end_object (w);
    }
  json_end_array (w);

  json_key (w, "learners");
  json_begin_array (w);
  for (guint k = 0; k < LEARNERS_PER_UNIT; k++)
    {
      learner_id (buf, sizeof buf, u, k);
      json_string (w, buf);
    }
  json_end_array (w);

  json_key (w, "commitments");
  json_begin_array (w);
  for (gsize i = 0; i < G_N_ELEMENTS (commitments); i++)
    write_commitment (w, commitments[i].role, commitments[i].activity, 1, commitments[i].per);
  if (d->on_site[u])
    write_commitment (w, "group", "on_site_days", 1, "month");
  json_end_array (w);

  json_key (w, "facilities");
  json_begin_object (w);
  json_member_int (w, "teaching_room_m2", 20);
  json_member_bool (w, "reading_room", TRUE);
  json_key (w, "equipment");
  json_begin_array (w);
  for (gsize i = 0; i < G_N_ELEMENTS (equipment); i++)
    json_string (w, equipment[i]);
  json_end_array (w);
  json_end_object (w);

  json_end_object (w);
}

static void
write_needs (JsonOut      *w,
             const Design *d)
{
  char buf[64];

  json_key (w, "needs");
  json_begin_array (w);
  for (guint i = 0; i < d->n_needs; i++)
    {
      json_begin_record (w);
      centre_id (buf, sizeof buf, d->need_unit[i]);
      json_member_string (w, "institution", buf);
      json_member_string (w, "specialty", specialty_name (d->need_specialty[i]));
      g_snprintf (buf, sizeof buf, "需求%04u", i + 1);
      json_member_string (w, "note", buf);
      json_end_object (w);
    }
  json_end_array (w);
}

static void
write_design (FILE         *out,
              const Design *d,
              guint32       seed)
{
  JsonOut w = { .out = out };
  char buf[96];

  json_begin_object (&w);
  json_member_string (&w, "format", "xiachen-programme");
  json_member_int (&w, "version", 1);
  json_member_string (&w, "scheme", "huizhou-studio");
  g_snprintf (buf, sizeof buf, "national-%u-%u-%u", d->n_units, d->n_people, seed);
  json_member_string (&w, "id", buf);
  json_member_string (&w, "title", "全国乡镇卫生院名(中)医工作室（规模测试）");

  write_region (&w, d);

  json_key (&w, "period");
  json_begin_object (&w);
  json_member_string (&w, "start", "2024-01-01");
  json_member_int (&w, "months", 24);
  json_end_object (&w);

  write_institutions (&w, d);
  write_people (&w, d);

  json_key (&w, "units");
  json_begin_array (&w);
  for (guint u = 0; u < d->n_units; u++)
    write_unit (&w, d, u);
  json_end_array (&w);

  write_needs (&w, d);

  json_key (&w, "acceptance");
  json_begin_object (&w);
  json_member_int (&w, "planned_month", 18);
  json_member_string (&w, "applicant", "county_health_authority");
  json_member_bool (&w, "third_party", TRUE);
  json_end_object (&w);

  json_end_object (&w);
  putc ('\n', out);
}

/* Command line. */

static const char usage[] =
  "Usage: xc-generate-national [--units N] [--people M] [--seed S] OUTPUT\n"
  "\n"
  "Writes a synthetic national-scale programme design (scheme huizhou-studio)\n"
  "for benchmarks and scale tests.  Defaults: N = 34000, M = 100000, S = 1.\n";

static int
usage_error (const char *message)
{
  if (message != NULL)
    g_printerr ("xc-generate-national: %s\n", message);
  g_printerr ("%s", usage);
  return 2;
}

static gboolean
parse_number (const char *text,
              guint64     min,
              guint64     max,
              guint64    *out)
{
  return text != NULL && g_ascii_string_to_unsigned (text, 10, min, max, out, NULL);
}

/* Matches "--name VALUE" and "--name=VALUE"; advances *i past the value. */
static gboolean
match_option (char       **argv,
              int          argc,
              int         *i,
              const char  *name,
              const char **value)
{
  gsize len = strlen (name);

  if (strncmp (argv[*i], name, len) != 0)
    return FALSE;
  if (argv[*i][len] == '=')
    {
      *value = argv[*i] + len + 1;
      return TRUE;
    }
  if (argv[*i][len] != '\0')
    return FALSE;
  *value = *i + 1 < argc ? argv[++*i] : NULL;
  return TRUE;
}

int
main (int    argc,
      char **argv)
{
  g_auto(Design) design = { 0 };
  guint64 n_units = DEFAULT_UNITS;
  guint64 n_people = DEFAULT_PEOPLE;
  guint64 seed = DEFAULT_SEED;
  const char *output = NULL;
  gboolean options_done = FALSE;
  gboolean failed;
  FILE *out;

  for (int i = 1; i < argc; i++)
    {
      const char *value = NULL;

      if (!options_done && strcmp (argv[i], "--") == 0)
        options_done = TRUE;
      else if (!options_done && (strcmp (argv[i], "--help") == 0 || strcmp (argv[i], "-h") == 0))
        {
          g_print ("%s", usage);
          return 0;
        }
      else if (!options_done && match_option (argv, argc, &i, "--units", &value))
        {
          if (!parse_number (value, 1, MAX_UNITS, &n_units))
            return usage_error ("--units needs a number from 1 to 1000000");
        }
      else if (!options_done && match_option (argv, argc, &i, "--people", &value))
        {
          if (!parse_number (value, 1, G_MAXUINT32, &n_people))
            return usage_error ("--people needs a positive number");
        }
      else if (!options_done && match_option (argv, argc, &i, "--seed", &value))
        {
          if (!parse_number (value, 0, G_MAXUINT32, &seed))
            return usage_error ("--seed needs a number from 0 to 4294967295");
        }
      else if (!options_done && argv[i][0] == '-' && argv[i][1] != '\0')
        {
          g_autofree char *message = g_strdup_printf ("unknown option %s", argv[i]);

          return usage_error (message);
        }
      else if (output == NULL)
        output = argv[i];
      else
        return usage_error ("only one OUTPUT file may be given");
    }

  if (output == NULL)
    return usage_error (NULL);

  if (!design_init (&design, (guint) n_units, (guint) n_people, (guint32) seed))
    {
      g_autofree char *message =
        g_strdup_printf ("--people must be at least %" G_GUINT64_FORMAT " for %"
                         G_GUINT64_FORMAT " units",
                         min_people ((guint) n_units), n_units);

      return usage_error (message);
    }

  out = fopen (output, "wb");
  if (out == NULL)
    {
      int saved_errno = errno;

      g_printerr ("xc-generate-national: cannot write %s: %s\n", output, g_strerror (saved_errno));
      return 1;
    }
  setvbuf (out, NULL, _IOFBF, 1 << 20);

  write_design (out, &design, (guint32) seed);

  failed = ferror (out) != 0;
  failed = fclose (out) != 0 || failed;
  if (failed)
    {
      int saved_errno = errno;

      g_printerr ("xc-generate-national: error writing %s: %s\n", output,
                  g_strerror (saved_errno));
      return 1;
    }

  return 0;
}
