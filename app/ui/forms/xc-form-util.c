/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "xc-forms"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "xc-form-util-private.h"

/* Terms of format v1 and of the schemes' `ext` members that the core's
 * vocabulary does not label yet; looked up before it, so a planner sees
 * words, not ids. */
static const struct
{
  const char *term;
  const char *label;
} form_vocabulary[] = {
  /* commitments */
  { "lead", N_("Lead") },
  { "team", N_("Team") },
  { "learners", N_("Learners") },
  { "group", N_("Lead and team") },
  { "outpatient", N_("Outpatient clinic") },
  { "ward_round", N_("Ward round") },
  { "seminar", N_("Seminar") },
  { "training_class", N_("Training class") },
  { "consultation", N_("Consultation") },
  { "teaching_review", N_("Teaching case review") },
  { "operation", N_("Operation") },
  { "on_site_days", N_("Days on site") },
  { "remote_consultation", N_("Remote consultation") },
  { "week", N_("Per week") },
  { "fortnight", N_("Per fortnight") },
  { "month", N_("Per month") },
  { "quarter", N_("Per quarter") },
  { "year", N_("Per year") },
  /* facilities and services */
  { "computer", N_("Computer") },
  { "broadband", N_("Broadband") },
  { "av_capture", N_("Audio and video capture") },
  { "recorder", N_("Recorder") },
  { "referral_booking", N_("Referral booking") },
  { "green_channel", N_("Green channel") },
  { "remote_imaging", N_("Remote imaging") },
  { "remote_lab", N_("Remote laboratory") },
  /* people */
  { "none", N_("No title") },
  { "national_famous_tcm", N_("National famous TCM doctor") },
  { "provincial_famous_tcm", N_("Provincial famous TCM doctor") },
  { "municipal_famous_tcm", N_("Municipal famous TCM doctor") },
  { "national_famous_doctor", N_("National famous doctor") },
  { "provincial_famous_doctor", N_("Provincial famous doctor") },
  { "municipal_famous_doctor", N_("Municipal famous doctor") },
  { "bachelor", N_("Bachelor") },
  { "master", N_("Master") },
  { "doctorate", N_("Doctorate") },
  /* acceptance */
  { "county_health_authority", N_("County health authority") },
  /* ext members of the schemes */
  { "planning", N_("Discipline planning") },
  { "research", N_("Research guidance") },
  { "clinical_teaching", N_("Clinical teaching") },
  { "talent_pipeline", N_("Talent pipeline") },
  { "key", N_("Key discipline") },
  { "advantage", N_("Advantage discipline") },
  { "featured", N_("Featured discipline") },
};

/* The translated label of a vocabulary id, or the id itself. */
const char *
_xc_form_get_label (const char *id)
{
  static GHashTable *labels;
  const char *label;

  if (id == NULL)
    return NULL;

  if (g_once_init_enter (&labels))
    {
      GHashTable *table = g_hash_table_new (g_str_hash, g_str_equal);

      for (guint i = 0; i < G_N_ELEMENTS (form_vocabulary); i++)
        g_hash_table_insert (table, (gpointer) form_vocabulary[i].term,
                             (gpointer) form_vocabulary[i].label);
      g_once_init_leave (&labels, table);
    }

  label = g_hash_table_lookup (labels, id);
  if (label != NULL)
    return g_dgettext (GETTEXT_PACKAGE, label);
  return xc_vocabulary_get_label (id);
}

const char *
_xc_item_get_id (gpointer item)
{
  if (XC_IS_RECORD (item))
    return xc_record_get_id (item);
  if (GTK_IS_STRING_OBJECT (item))
    return gtk_string_object_get_string (item);
  return NULL;
}

/* The placeholder "(none)" item is any object with no id. */
const char *
_xc_item_get_label (gpointer item)
{
  const char *id = _xc_item_get_id (item);

  if (id == NULL)
    return _("(none)");
  if (XC_IS_RECORD (item))
    return xc_record_get_label (item);
  return _xc_form_get_label (id);
}

static char *
item_label_cb (GObject *item)
{
  return g_strdup (item != NULL ? _xc_item_get_label (item) : "");
}

/* For GtkDropDown's search and its default label. */
GtkExpression *
_xc_item_label_expression (void)
{
  return gtk_cclosure_expression_new (G_TYPE_STRING, NULL, 0, NULL,
                                      G_CALLBACK (item_label_cb), NULL, NULL);
}

static void
setup_label_cb (GtkSignalListItemFactory *factory,
                GtkListItem              *list_item,
                gpointer                  user_data)
{
  GtkWidget *label = gtk_label_new (NULL);

  /* long Chinese names of institutions must not push the row wider */
  gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
  gtk_label_set_max_width_chars (GTK_LABEL (label), 24);
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_list_item_set_child (list_item, label);
}

static void
bind_label_cb (GtkSignalListItemFactory *factory,
               GtkListItem              *list_item,
               gpointer                  user_data)
{
  GtkWidget *label = gtk_list_item_get_child (list_item);
  gpointer item = gtk_list_item_get_item (list_item);
  const char *text = item != NULL ? _xc_item_get_label (item) : "";

  gtk_label_set_text (GTK_LABEL (label), text);
  gtk_widget_set_tooltip_text (label, text);
}

/* Recycled labels for candidate lists of any length. */
GtkListItemFactory *
_xc_item_label_factory (void)
{
  GtkListItemFactory *factory = gtk_signal_list_item_factory_new ();

  g_signal_connect (factory, "setup", G_CALLBACK (setup_label_cb), NULL);
  g_signal_connect (factory, "bind", G_CALLBACK (bind_label_cb), NULL);
  return factory;
}

/* The position of the item with @id (NULL: the first item with none), or
 * GTK_INVALID_LIST_POSITION. Linear, and done only when a value changes. */
guint
_xc_list_find_id (GListModel *model,
                  const char *id)
{
  guint n = g_list_model_get_n_items (model);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(GObject) item = g_list_model_get_item (model, i);

      if (g_strcmp0 (_xc_item_get_id (item), id) == 0)
        return i;
    }
  return GTK_INVALID_LIST_POSITION;
}

/* The label of @id among the items of @model, or @id where none has it. */
const char *
_xc_list_label_for_id (GListModel *model,
                       const char *id)
{
  guint position;
  g_autoptr(GObject) item = NULL;

  if (model == NULL)
    return _xc_form_get_label (id);

  position = _xc_list_find_id (model, id);
  if (position == GTK_INVALID_LIST_POSITION)
    return _xc_form_get_label (id);

  item = g_list_model_get_item (model, position);
  /* records and the list outlive this call */
  return _xc_item_get_label (item);
}

GtkWidget *
_xc_find_descendant (GtkWidget *widget,
                     GType      type)
{
  if (G_TYPE_CHECK_INSTANCE_TYPE (widget, type))
    return widget;
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = _xc_find_descendant (child, type);

      if (found != NULL)
        return found;
    }
  return NULL;
}
