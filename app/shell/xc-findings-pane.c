/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "xiachen"

#include "config.h"

#include <string.h>

#include <glib/gi18n.h>

#include "xc-findings-pane.h"
#include "xc-gradual-rows.h"

/* The findings of a design, open ones first by severity, with a toggle per
 * severity that shows its count. Rows are recycled: a national design has
 * tens of thousands of findings. */
struct _XcFindingsPane
{
  GtkWidget           parent_instance;

  GtkSpinner         *spinner;
  guint               spinner_source;
  GtkToggleButton    *open_button;
  GtkToggleButton    *errors_button;
  GtkToggleButton    *warnings_button;
  GtkToggleButton    *infos_button;
  GtkToggleButton    *accepted_button;
  GtkStack           *stack;
  GtkListView        *list_view;
  AdwStatusPage      *empty_page;
  GtkRevealer        *selection_revealer;
  GtkLabel           *selection_label;

  XcProgramme        *programme;
  XcReport           *report;
  /* the findings listed, kept across checks: a new report changes only
   * the rows whose findings changed, so an edit does not rebuild and
   * re-measure tens of thousands of rows */
  GListStore         *findings;
  /* the same findings as an array nobody changes: a worker diffs the next
   * report against it (xc_findings_update_new()) */
  GPtrArray          *listed;
  GtkFilterListModel *shown;
  /* a list filled or replaced grows back a few rows a frame */
  GtkSliceListModel  *rows;
  GtkMultiSelection  *selection;
  XcFindingsFilter    filter;
};

G_DEFINE_FINAL_TYPE (XcFindingsPane, xc_findings_pane, GTK_TYPE_WIDGET)

enum {
  FINDING_ACTIVATED,
  ACCEPT_FINDING,
  ACCEPT_FINDINGS,
  WITHDRAW_FINDING,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static gboolean
filter_finding (gpointer item,
                gpointer user_data)
{
  XcFindingsPane *self = user_data;
  XcFinding *finding = item;
  gboolean accepted = xc_finding_is_accepted (finding);

  switch (self->filter)
    {
    case XC_FINDINGS_FILTER_ALL:
      return TRUE;
    case XC_FINDINGS_FILTER_ERRORS:
      return !accepted && xc_finding_get_severity (finding) == XC_SEVERITY_ERROR;
    case XC_FINDINGS_FILTER_WARNINGS:
      return !accepted && xc_finding_get_severity (finding) == XC_SEVERITY_WARNING;
    case XC_FINDINGS_FILTER_INFOS:
      return !accepted && xc_finding_get_severity (finding) == XC_SEVERITY_INFO;
    case XC_FINDINGS_FILTER_ACCEPTED:
      return accepted;
    default:
      g_assert_not_reached ();
    }
}

/* Findings about the program itself (its scheme disabled or missing): the
 * planner fixes those by installing or enabling, never by accepting. */
static gboolean
can_accept (XcFinding *finding)
{
  return g_strcmp0 (xc_finding_get_rule_id (finding), "XC-05") != 0;
}

static void
update_empty_state (XcFindingsPane *self)
{
  gboolean empty = self->report != NULL
                   && g_list_model_get_n_items (G_LIST_MODEL (self->shown)) == 0;

  /* Until the first check ends nothing is known: no "0", no "nothing to fix". */
  if (self->report == NULL)
    {
      gtk_stack_set_visible_child_name (self->stack, "checking");
      return;
    }

  if (self->filter == XC_FINDINGS_FILTER_ACCEPTED)
    {
      adw_status_page_set_icon_name (self->empty_page, "object-select-symbolic");
      adw_status_page_set_title (self->empty_page, _("No Accepted Deviations"));
      adw_status_page_set_description (self->empty_page,
                                       _("A finding accepted with a reason is listed here"));
    }
  else
    {
      adw_status_page_set_icon_name (self->empty_page, "emblem-ok-symbolic");
      adw_status_page_set_title (self->empty_page, _("Nothing to Fix"));
      adw_status_page_set_description (self->empty_page,
                                       _("The design meets every rule checked here"));
    }
  gtk_stack_set_visible_child_name (self->stack, empty ? "empty" : "list");
}

static void
set_count_label (GtkToggleButton *button,
                 const char      *text,
                 guint            count,
                 gboolean         known)
{
  g_autofree char *label = NULL;

  if (known)
    /* TRANSLATORS: a findings filter: its name and how many findings it has */
    label = g_strdup_printf (C_("findings filter", "%s %u"), text, count);
  else
    /* TRANSLATORS: a findings filter before the first check has counted */
    label = g_strdup_printf (C_("findings filter", "%s …"), text);
  gtk_button_set_label (GTK_BUTTON (button), label);
  gtk_widget_set_sensitive (GTK_WIDGET (button), known);
}

static void
update_counts (XcFindingsPane *self)
{
  guint errors = 0, warnings = 0, infos = 0, accepted = 0;

  if (self->report != NULL)
    {
      errors = xc_report_count_open (self->report, XC_SEVERITY_ERROR);
      warnings = xc_report_count_open (self->report, XC_SEVERITY_WARNING);
      infos = xc_report_count_open (self->report, XC_SEVERITY_INFO);
      accepted = xc_report_count_accepted (self->report);
    }

  /* All is all: the accepted ones too, marked as such in the list. */
  set_count_label (self->open_button, C_("findings filter", "All"),
                   errors + warnings + infos + accepted, self->report != NULL);
  set_count_label (self->errors_button, C_("findings filter", "Errors"), errors, self->report != NULL);
  set_count_label (self->warnings_button, C_("findings filter", "Warnings"), warnings,
                   self->report != NULL);
  set_count_label (self->infos_button, C_("findings filter", "Info"), infos, self->report != NULL);
  set_count_label (self->accepted_button, C_("findings filter", "Accepted"), accepted,
                   self->report != NULL);
  if (errors > 0)
    gtk_widget_add_css_class (GTK_WIDGET (self->errors_button), "error");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (self->errors_button), "error");
}

static void
filter_toggled_cb (XcFindingsPane  *self,
                   GtkToggleButton *button)
{
  GtkToggleButton *buttons[] = { self->open_button, self->errors_button, self->warnings_button,
                                 self->infos_button, self->accepted_button };

  if (!gtk_toggle_button_get_active (button))
    return;
  for (guint i = 0; i < G_N_ELEMENTS (buttons); i++)
    if (buttons[i] == button)
      xc_findings_pane_set_filter (self, (XcFindingsFilter) i);
}

/* A row: heading (severity · rule · unit), message, clause, the accepted
 * reason, and a button to accept or withdraw. */
static void
row_action_clicked_cb (GtkButton   *button,
                       GtkListItem *item)
{
  XcFindingsPane *self = g_object_get_data (G_OBJECT (button), "pane");
  XcFinding *finding = gtk_list_item_get_item (item);

  if (finding == NULL)
    return;
  g_signal_emit (self, signals[xc_finding_is_accepted (finding) ? WITHDRAW_FINDING : ACCEPT_FINDING],
                 0, finding);
}

/* At most @lines lines, the rest ellipsized (the row's tooltip has it all):
 * the list lays out two hundred rows at once, and labels that wrap without
 * a bound took GTK 0.8 s to measure after a national design's first check. */
static GtkWidget *
new_row_label (GtkWidget  *box,
               const char *css_class,
               int         lines)
{
  GtkWidget *label = gtk_label_new (NULL);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
  if (lines > 1)
    {
      gtk_label_set_wrap (GTK_LABEL (label), TRUE);
      gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
      gtk_label_set_lines (GTK_LABEL (label), lines);
    }
  if (css_class != NULL)
    gtk_widget_add_css_class (label, css_class);
  gtk_box_append (GTK_BOX (box), label);
  return label;
}

/* A plain click leads to the finding's field, as it always did, even on
 * the finding already selected; with Ctrl or Shift it only selects. */
static void
row_clicked_cb (GtkGestureClick *gesture,
                int              n_press,
                double           x,
                double           y,
                GtkListItem     *item)
{
  GtkWidget *row = gtk_event_controller_get_widget (GTK_EVENT_CONTROLLER (gesture));
  XcFindingsPane *self = g_object_get_data (G_OBJECT (row), "pane");
  GdkModifierType state = gtk_event_controller_get_current_event_state (GTK_EVENT_CONTROLLER (gesture));
  XcFinding *finding = gtk_list_item_get_item (item);

  if (finding == NULL || n_press != 1 || (state & (GDK_CONTROL_MASK | GDK_SHIFT_MASK)) != 0)
    return;
  g_signal_emit (self, signals[FINDING_ACTIVATED], 0, finding);
}

/* Tooltips are worded when asked for: setting one in GTK 4.8 asks the
 * X server where the pointer is, and the list binds two hundred rows at
 * once after a national design's first check. */
static gboolean
texts_query_tooltip_cb (GtkWidget   *texts,
                        int          x,
                        int          y,
                        gboolean     keyboard,
                        GtkTooltip  *tooltip,
                        GtkListItem *item)
{
  XcFinding *finding = gtk_list_item_get_item (item);
  GtkWidget *accepted = gtk_widget_get_last_child (texts);
  g_autofree char *clause_text = NULL;
  g_autofree char *text = NULL;

  if (finding == NULL)
    return FALSE;
  clause_text = g_strdup_printf (_("Policy: “%s”"), xc_finding_get_clause (finding));
  text = g_strjoin ("\n", xc_finding_get_message (finding), clause_text,
                    xc_finding_get_deviation (finding) != NULL
                    ? gtk_label_get_text (GTK_LABEL (accepted)) : NULL, NULL);
  gtk_tooltip_set_text (tooltip, text);
  return TRUE;
}

static gboolean
button_query_tooltip_cb (GtkWidget   *button,
                         int          x,
                         int          y,
                         gboolean     keyboard,
                         GtkTooltip  *tooltip,
                         GtkListItem *item)
{
  XcFinding *finding = gtk_list_item_get_item (item);

  if (finding == NULL)
    return FALSE;
  gtk_tooltip_set_text (tooltip, xc_finding_get_deviation (finding) != NULL
                                 ? _("Withdraw the deviation: the finding is open again")
                                 : _("Accept this finding as a deviation, with a reason"));
  return TRUE;
}

static void
finding_setup_cb (GtkSignalListItemFactory *factory,
                  GtkListItem              *item,
                  XcFindingsPane           *self)
{
  GtkWidget *row = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  GtkWidget *texts = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
  GtkWidget *button = gtk_button_new ();

  GtkGesture *click = gtk_gesture_click_new ();

  gtk_widget_set_margin_top (row, 6);
  gtk_widget_set_margin_bottom (row, 6);
  g_object_set_data (G_OBJECT (row), "pane", self);
  g_signal_connect (click, "released", G_CALLBACK (row_clicked_cb), item);
  gtk_widget_add_controller (row, GTK_EVENT_CONTROLLER (click));
  gtk_widget_set_hexpand (texts, TRUE);
  gtk_widget_set_has_tooltip (texts, TRUE);
  g_signal_connect (texts, "query-tooltip", G_CALLBACK (texts_query_tooltip_cb), item);
  new_row_label (texts, "heading", 1);
  new_row_label (texts, NULL, 2);
  new_row_label (texts, "caption", 1);
  new_row_label (texts, "caption", 1);
  gtk_widget_add_css_class (gtk_widget_get_last_child (texts), "success");
  gtk_box_append (GTK_BOX (row), texts);

  gtk_widget_set_valign (button, GTK_ALIGN_START);
  gtk_widget_add_css_class (button, "flat");
  gtk_widget_set_has_tooltip (button, TRUE);
  g_signal_connect (button, "query-tooltip", G_CALLBACK (button_query_tooltip_cb), item);
  g_object_set_data (G_OBJECT (button), "pane", self);
  g_signal_connect (button, "clicked", G_CALLBACK (row_action_clicked_cb), item);
  gtk_box_append (GTK_BOX (row), button);

  gtk_list_item_set_child (item, row);
}

static void
finding_bind_cb (GtkSignalListItemFactory *factory,
                 GtkListItem              *item,
                 XcFindingsPane           *self)
{
  static const char * const severity_classes[] = { "error", "warning", "accent" };
  XcFinding *finding = gtk_list_item_get_item (item);
  GtkWidget *row = gtk_list_item_get_child (item);
  GtkWidget *texts = gtk_widget_get_first_child (row);
  GtkWidget *button = gtk_widget_get_last_child (row);
  GtkWidget *title = gtk_widget_get_first_child (texts);
  GtkWidget *message = gtk_widget_get_next_sibling (title);
  GtkWidget *clause = gtk_widget_get_next_sibling (message);
  GtkWidget *accepted = gtk_widget_get_next_sibling (clause);
  XcUnit *unit = xc_programme_lookup_unit (self->programme, xc_finding_get_unit_id (finding));
  XcSeverity severity = xc_finding_get_severity (finding);
  XcDeviation *deviation = xc_finding_get_deviation (finding);
  g_autofree char *heading = NULL;
  g_autofree char *clause_text = NULL;

  if (unit != NULL)
    /* TRANSLATORS: severity · rule id · unit name */
    heading = g_strdup_printf (_("%s · %s · %s"), xc_severity_get_label (severity),
                               xc_finding_get_rule_id (finding), xc_unit_get_name (unit));
  else
    heading = g_strdup_printf (_("%s · %s"), xc_severity_get_label (severity),
                               xc_finding_get_rule_id (finding));
  gtk_label_set_text (GTK_LABEL (title), heading);
  for (guint i = 0; i < G_N_ELEMENTS (severity_classes); i++)
    gtk_widget_remove_css_class (title, severity_classes[i]);
  if (deviation == NULL)
    gtk_widget_add_css_class (title, severity_classes[severity]);

  gtk_label_set_text (GTK_LABEL (message), xc_finding_get_message (finding));
  /* TRANSLATORS: the policy clause a rule enforces, quoted */
  clause_text = g_strdup_printf (_("Policy: “%s”"), xc_finding_get_clause (finding));
  gtk_label_set_text (GTK_LABEL (clause), clause_text);

  gtk_widget_set_visible (accepted, deviation != NULL);
  if (deviation != NULL)
    {
      /* TRANSLATORS: an accepted deviation: the planner's reason and the date */
      g_autofree char *text = g_strdup_printf (_("Accepted on %s: %s"),
                                               xc_deviation_get_date (deviation) != NULL
                                               ? xc_deviation_get_date (deviation) : "—",
                                               xc_deviation_get_reason (deviation));

      gtk_label_set_text (GTK_LABEL (accepted), text);
      gtk_button_set_label (GTK_BUTTON (button), _("Withdraw"));
    }
  else
    gtk_button_set_label (GTK_BUTTON (button), _("Accept…"));
  gtk_widget_set_visible (button, deviation != NULL || can_accept (finding));
  gtk_widget_set_opacity (texts, deviation != NULL ? 0.75 : 1.0);
  /* A fault of the program (a plugin that failed) is not the design's to accept. */
  gtk_widget_set_visible (button, deviation != NULL || !xc_finding_is_about_program (finding));
}

static void
finding_activated_cb (XcFindingsPane *self,
                      guint           position)
{
  g_autoptr(XcFinding) finding = g_list_model_get_item (G_LIST_MODEL (self->shown), position);

  if (finding != NULL)
    g_signal_emit (self, signals[FINDING_ACTIVATED], 0, finding);
}

/* The open findings selected that a planner may accept. */
static GPtrArray *
selected_acceptable (XcFindingsPane *self)
{
  g_autoptr(GtkBitset) selected = gtk_selection_model_get_selection (GTK_SELECTION_MODEL (self->selection));
  GPtrArray *findings = g_ptr_array_new_with_free_func (g_object_unref);
  GtkBitsetIter iter;
  guint position;

  for (gboolean more = gtk_bitset_iter_init_first (&iter, selected, &position); more;
       more = gtk_bitset_iter_next (&iter, &position))
    {
      XcFinding *finding = g_list_model_get_item (G_LIST_MODEL (self->shown), position);

      if (finding != NULL && !xc_finding_is_accepted (finding) && can_accept (finding))
        g_ptr_array_add (findings, finding);
      else
        g_clear_object (&finding);
    }
  return findings;
}

static void
selection_changed_cb (XcFindingsPane *self)
{
  g_autoptr(GPtrArray) acceptable = selected_acceptable (self);

  if (acceptable->len >= 2)
    {
      /* TRANSLATORS: the bar above findings selected with Ctrl or Shift */
      g_autofree char *text = g_strdup_printf (ngettext ("%u finding selected",
                                                         "%u findings selected", acceptable->len),
                                               acceptable->len);

      gtk_label_set_text (self->selection_label, text);
    }
  gtk_revealer_set_reveal_child (self->selection_revealer, acceptable->len >= 2);
}

static void
accept_selected_cb (XcFindingsPane *self)
{
  g_autoptr(GPtrArray) acceptable = selected_acceptable (self);

  if (acceptable->len > 0)
    g_signal_emit (self, signals[ACCEPT_FINDINGS], 0, acceptable);
}

static void
shown_changed_cb (XcFindingsPane *self)
{
  update_empty_state (self);
}

static void
xc_findings_pane_dispose (GObject *object)
{
  XcFindingsPane *self = XC_FINDINGS_PANE (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), XC_TYPE_FINDINGS_PANE);
  /* The template's top box is our own child: a plain widget unparents it. */
  for (GtkWidget *child; (child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL;)
    gtk_widget_unparent (child);
  g_clear_handle_id (&self->spinner_source, g_source_remove);
  g_clear_object (&self->selection);
  g_clear_object (&self->rows);
  g_clear_object (&self->shown);
  g_clear_object (&self->findings);
  g_clear_pointer (&self->listed, g_ptr_array_unref);
  g_clear_object (&self->report);
  g_clear_object (&self->programme);

  G_OBJECT_CLASS (xc_findings_pane_parent_class)->dispose (object);
}

static void
xc_findings_pane_class_init (XcFindingsPaneClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = xc_findings_pane_dispose;

  /**
   * XcFindingsPane::finding-activated:
   * @finding: the finding the planner chose
   */
  signals[FINDING_ACTIVATED] =
    g_signal_new ("finding-activated", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                  NULL, NULL, NULL, G_TYPE_NONE, 1, XC_TYPE_FINDING);
  /**
   * XcFindingsPane::accept-finding:
   * @finding: an open finding the planner wants to accept as a deviation
   */
  signals[ACCEPT_FINDING] =
    g_signal_new ("accept-finding", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                  NULL, NULL, NULL, G_TYPE_NONE, 1, XC_TYPE_FINDING);
  /**
   * XcFindingsPane::accept-findings:
   * @findings: (element-type XcFinding): open findings, selected together,
   *   the planner wants to accept with one reason
   */
  signals[ACCEPT_FINDINGS] =
    g_signal_new ("accept-findings", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                  NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_PTR_ARRAY);
  /**
   * XcFindingsPane::withdraw-finding:
   * @finding: an accepted finding whose deviation the planner withdraws
   */
  signals[WITHDRAW_FINDING] =
    g_signal_new ("withdraw-finding", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                  NULL, NULL, NULL, G_TYPE_NONE, 1, XC_TYPE_FINDING);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/xiachen/Planner/xc-findings-pane.ui");
  gtk_widget_class_bind_template_child (widget_class, XcFindingsPane, spinner);
  gtk_widget_class_bind_template_child (widget_class, XcFindingsPane, open_button);
  gtk_widget_class_bind_template_child (widget_class, XcFindingsPane, errors_button);
  gtk_widget_class_bind_template_child (widget_class, XcFindingsPane, warnings_button);
  gtk_widget_class_bind_template_child (widget_class, XcFindingsPane, infos_button);
  gtk_widget_class_bind_template_child (widget_class, XcFindingsPane, accepted_button);
  gtk_widget_class_bind_template_child (widget_class, XcFindingsPane, stack);
  gtk_widget_class_bind_template_child (widget_class, XcFindingsPane, list_view);
  gtk_widget_class_bind_template_child (widget_class, XcFindingsPane, empty_page);
  gtk_widget_class_bind_template_child (widget_class, XcFindingsPane, selection_revealer);
  gtk_widget_class_bind_template_child (widget_class, XcFindingsPane, selection_label);
  gtk_widget_class_bind_template_callback (widget_class, accept_selected_cb);
  gtk_widget_class_bind_template_callback (widget_class, filter_toggled_cb);
  gtk_widget_class_bind_template_callback (widget_class, finding_activated_cb);
}

static void
xc_findings_pane_init (XcFindingsPane *self)
{
  g_autoptr(GtkListItemFactory) factory = gtk_signal_list_item_factory_new ();

  gtk_widget_init_template (GTK_WIDGET (self));

  /* kept in the order they are listed (xc_findings_pane_sort_report()) */
  self->findings = g_list_store_new (XC_TYPE_FINDING);
  self->listed = g_ptr_array_new_with_free_func (g_object_unref);
  self->shown = gtk_filter_list_model_new (g_object_ref (G_LIST_MODEL (self->findings)), GTK_FILTER (gtk_custom_filter_new (filter_finding,
                                                                                   self, NULL)));
  g_signal_connect_object (self->shown, "items-changed", G_CALLBACK (shown_changed_cb), self,
                           G_CONNECT_SWAPPED);
  /* Ctrl or Shift and a click, or Ctrl+A, select several to accept at once. */
  self->rows = gtk_slice_list_model_new (g_object_ref (G_LIST_MODEL (self->shown)), 0, G_MAXUINT);
  self->selection = gtk_multi_selection_new (g_object_ref (G_LIST_MODEL (self->rows)));
  g_signal_connect_object (self->selection, "selection-changed", G_CALLBACK (selection_changed_cb),
                           self, G_CONNECT_SWAPPED);
  gtk_list_view_set_model (self->list_view, GTK_SELECTION_MODEL (self->selection));

  g_signal_connect (factory, "setup", G_CALLBACK (finding_setup_cb), self);
  g_signal_connect (factory, "bind", G_CALLBACK (finding_bind_cb), self);
  gtk_list_view_set_factory (self->list_view, factory);

  update_counts (self);
  update_empty_state (self);
}

GtkWidget *
xc_findings_pane_new (void)
{
  return g_object_new (XC_TYPE_FINDINGS_PANE, NULL);
}

/* The order the pane lists findings in: open ones first, errors, warnings
 * and then information, each rule's together in the report's order. The
 * rules are few: the findings are put in a bucket per rule and severity,
 * and the buckets sorted. */
typedef struct
{
  gboolean    accepted;
  XcSeverity  severity;
  const char *rule_id;
  GPtrArray  *findings;
} Bucket;

static guint
bucket_hash (gconstpointer data)
{
  const Bucket *bucket = data;

  return g_str_hash (bucket->rule_id) * 8 + bucket->severity * 2 + bucket->accepted;
}

static gboolean
bucket_equal (gconstpointer a,
              gconstpointer b)
{
  const Bucket *x = a, *y = b;

  return x->accepted == y->accepted && x->severity == y->severity
         && strcmp (x->rule_id, y->rule_id) == 0;
}

static int
compare_buckets (gconstpointer a,
                 gconstpointer b)
{
  const Bucket *x = *(Bucket **) a, *y = *(Bucket **) b;

  if (x->accepted != y->accepted)
    return x->accepted - y->accepted;
  /* XC_SEVERITY_ERROR is 0: errors first */
  if (x->severity != y->severity)
    return (int) x->severity - (int) y->severity;
  return strcmp (x->rule_id, y->rule_id);
}

static void
bucket_free (Bucket *bucket)
{
  g_ptr_array_unref (bucket->findings);
  g_free (bucket);
}

static GPtrArray *
sort_report (XcReport *report)
{
  guint n = g_list_model_get_n_items (G_LIST_MODEL (report));
  GPtrArray *sorted = g_ptr_array_new_full (n, g_object_unref);
  g_autoptr(GHashTable) buckets = g_hash_table_new_full (bucket_hash, bucket_equal,
                                                         (GDestroyNotify) bucket_free, NULL);
  g_autoptr(GPtrArray) order = g_ptr_array_new ();

  for (guint i = 0; i < n; i++)
    {
      XcFinding *finding = g_list_model_get_item (G_LIST_MODEL (report), i);
      Bucket key = { xc_finding_is_accepted (finding), xc_finding_get_severity (finding),
                     xc_finding_get_rule_id (finding), NULL };
      Bucket *bucket = g_hash_table_lookup (buckets, &key);

      if (bucket == NULL)
        {
          bucket = g_memdup2 (&key, sizeof key);
          bucket->findings = g_ptr_array_new ();
          g_hash_table_add (buckets, bucket);
          g_ptr_array_add (order, bucket);
        }
      g_ptr_array_add (bucket->findings, finding);   /* sorted keeps the reference */
      xc_finding_hash (finding);
    }
  g_ptr_array_sort (order, compare_buckets);
  for (guint i = 0; i < order->len; i++)
    {
      Bucket *bucket = order->pdata[i];

      g_ptr_array_extend (sorted, bucket->findings, NULL, NULL);
    }
  return sorted;
}

/* One splice of the list: @n_removed rows at @position make way for
 * @n_added of the update's rows from the same position. */
typedef struct
{
  guint position;
  guint n_removed;
  guint n_added;
} Splice;

struct _XcFindingsUpdate
{
  GPtrArray *listed;    /* the rows it applies to */
  GPtrArray *rows;      /* the rows after it: those kept, and the new */
  GArray    *splices;   /* NULL: list @rows anew */
};

void
xc_findings_update_free (XcFindingsUpdate *update)
{
  g_ptr_array_unref (update->listed);
  g_ptr_array_unref (update->rows);
  g_clear_pointer (&update->splices, g_array_unref);
  g_free (update);
}

/* Every finding counted in both lists: those in both stay, the others go
 * or come. Unchanged findings are in the same order in both lists (the
 * order is stable), so one walk down both finds every change. */
static XcFindingsUpdate *
diff_by_counts (GPtrArray *listed,
                GPtrArray *sorted)
{
  XcFindingsUpdate *update = g_new0 (XcFindingsUpdate, 1);
  guint n_old = listed->len;
  g_autoptr(GHashTable) counts = g_hash_table_new (xc_finding_hash, xc_finding_equal);
  g_autofree guint8 *kept = g_new0 (guint8, MAX (n_old, 1));
  g_autofree guint8 *added = g_new0 (guint8, MAX (sorted->len, 1));
  Splice splice = { 0, 0, 0 };
  guint p = 0;

  update->listed = g_ptr_array_ref (listed);
  update->rows = g_ptr_array_new_full (sorted->len, g_object_unref);
  update->splices = g_array_new (FALSE, FALSE, sizeof (Splice));

  /* which old findings stay, which new ones come */
  for (guint j = 0; j < sorted->len; j++)
    g_hash_table_replace (counts, sorted->pdata[j],
                          GUINT_TO_POINTER (GPOINTER_TO_UINT (g_hash_table_lookup (counts, sorted->pdata[j])) + 1));
  for (guint i = 0; i < n_old; i++)
    {
      guint count = GPOINTER_TO_UINT (g_hash_table_lookup (counts, listed->pdata[i]));

      if (count > 0)
        {
          kept[i] = TRUE;
          g_hash_table_insert (counts, listed->pdata[i], GUINT_TO_POINTER (count - 1));
        }
    }
  g_hash_table_remove_all (counts);
  for (guint i = 0; i < n_old; i++)
    if (kept[i])
      g_hash_table_replace (counts, listed->pdata[i],
                            GUINT_TO_POINTER (GPOINTER_TO_UINT (g_hash_table_lookup (counts, listed->pdata[i])) + 1));
  for (guint j = 0; j < sorted->len; j++)
    {
      guint count = GPOINTER_TO_UINT (g_hash_table_lookup (counts, sorted->pdata[j]));

      if (count > 0)
        g_hash_table_insert (counts, sorted->pdata[j], GUINT_TO_POINTER (count - 1));
      else
        added[j] = TRUE;
    }

  /* one walk: each run of rows that go and come is one splice */
#define FLUSH() \
  G_STMT_START { \
    if (splice.n_removed > 0 || splice.n_added > 0) \
      g_array_append_val (update->splices, splice); \
    splice.position += splice.n_added; \
    splice.n_removed = splice.n_added = 0; \
  } G_STMT_END

  for (guint j = 0; j < sorted->len; j++)
    {
      if (added[j])
        {
          g_ptr_array_add (update->rows, g_object_ref (sorted->pdata[j]));
          splice.n_added++;
          continue;
        }
      while (p < n_old && !kept[p])
        {
          splice.n_removed++;
          p++;
        }
      if (p >= n_old || !xc_finding_equal (listed->pdata[p], sorted->pdata[j]))
        {
          /* not in the same order after all: list them anew */
          g_clear_pointer (&update->splices, g_array_unref);
          g_ptr_array_set_size (update->rows, 0);
          for (guint k = 0; k < sorted->len; k++)
            g_ptr_array_add (update->rows, g_object_ref (sorted->pdata[k]));
          return update;
        }
      FLUSH ();
      /* the row stays, with the finding it shows */
      g_ptr_array_add (update->rows, g_object_ref (listed->pdata[p]));
      splice.position++;
      p++;
    }
  splice.n_removed += n_old - p;
  FLUSH ();
#undef FLUSH
  return update;
}

/* Equal findings at the walk's place keep their row; where the lists
 * differ, the nearest place within RESYNC_WINDOW where they meet again says
 * which rows go and which come. An edit changes the findings of a unit or
 * two, so this looks at each finding about once. %NULL when the lists
 * differ too much for that. */
#define RESYNC_WINDOW 64

static XcFindingsUpdate *
diff_by_walking (GPtrArray *listed,
                 GPtrArray *sorted)
{
  g_autoptr(XcFindingsUpdate) update = g_new0 (XcFindingsUpdate, 1);
  guint n_old = listed->len, n_new = sorted->len;
  guint i = 0, j = 0;
  gsize budget = 4 * ((gsize) n_old + n_new) + 1024;
  Splice splice = { 0, 0, 0 };

  update->listed = g_ptr_array_ref (listed);
  update->rows = g_ptr_array_new_full (n_new, g_object_unref);
  update->splices = g_array_new (FALSE, FALSE, sizeof (Splice));

  while (i < n_old || j < n_new)
    {
      guint gone = n_old - i, come = n_new - j;

      if (i < n_old && j < n_new)
        {
          gboolean met = FALSE;

          for (guint d = 0; d <= 2 * RESYNC_WINDOW && !met; d++)
            for (guint a = 0; a <= d && !met; a++)
              {
                guint b = d - a;

                if (a > RESYNC_WINDOW || b > RESYNC_WINDOW || i + a >= n_old || j + b >= n_new)
                  continue;
                if (budget-- == 0)
                  return NULL;
                if (xc_finding_equal (listed->pdata[i + a], sorted->pdata[j + b]))
                  {
                    gone = a;
                    come = b;
                    met = TRUE;
                  }
              }
          if (!met)
            return NULL;
        }

      splice.n_removed += gone;
      i += gone;
      for (guint k = 0; k < come; k++)
        g_ptr_array_add (update->rows, g_object_ref (sorted->pdata[j + k]));
      splice.n_added += come;
      j += come;

      if (i < n_old && j < n_new)
        {
          /* the lists meet: this row stays */
          if (splice.n_removed > 0 || splice.n_added > 0)
            g_array_append_val (update->splices, splice);
          splice.position += splice.n_added + 1;
          splice.n_removed = splice.n_added = 0;
          g_ptr_array_add (update->rows, g_object_ref (listed->pdata[i]));
          i++;
          j++;
        }
    }
  if (splice.n_removed > 0 || splice.n_added > 0)
    g_array_append_val (update->splices, splice);
  return g_steal_pointer (&update);
}

/**
 * xc_findings_update_new:
 * @listed: the findings listed (xc_findings_pane_ref_listed())
 * @report: the findings to list
 *
 * Sorts @report's findings as the pane lists them and works out the fewest
 * rows to change: findings still there keep their rows. A hundred thousand
 * findings take a while, so the design page calls this in a worker thread.
 */
XcFindingsUpdate *
xc_findings_update_new (GPtrArray *listed,
                        XcReport  *report)
{
  g_autoptr(GPtrArray) sorted = sort_report (report);
  XcFindingsUpdate *update = diff_by_walking (listed, sorted);

  return update != NULL ? update : diff_by_counts (listed, sorted);
}

/**
 * xc_findings_pane_ref_listed:
 *
 * Returns: (transfer full) (element-type XcFinding): the findings listed,
 *   in their order, as an array nobody changes
 */
GPtrArray *
xc_findings_pane_ref_listed (XcFindingsPane *self)
{
  g_return_val_if_fail (XC_IS_FINDINGS_PANE (self), NULL);

  return g_ptr_array_ref (self->listed);
}

/**
 * xc_findings_pane_apply_update:
 * @programme: the design the findings are about (for unit names)
 * @report: (nullable): its findings; %NULL while it is first checked
 * @update: (nullable): xc_findings_update_new() of @report; worked out
 *   here if %NULL or made for other rows than those listed
 *
 * Lists @report's findings, changing only the rows of findings that changed.
 */
void
xc_findings_pane_apply_update (XcFindingsPane   *self,
                               XcProgramme      *programme,
                               XcReport         *report,
                               XcFindingsUpdate *update)
{
  g_autoptr(XcFindingsUpdate) own = NULL;

  g_return_if_fail (XC_IS_FINDINGS_PANE (self));
  g_return_if_fail (XC_IS_PROGRAMME (programme));
  g_return_if_fail (report == NULL || XC_IS_REPORT (report));

  if (programme != self->programme || report == NULL)
    {
      g_list_store_remove_all (self->findings);
      g_ptr_array_set_size (self->listed, 0);
    }
  g_set_object (&self->programme, programme);
  g_set_object (&self->report, report);
  if (report != NULL)
    {
      if (update == NULL || update->listed != self->listed)
        update = own = xc_findings_update_new (self->listed, report);

      /* a list filled or replaced, not one changed where the planner is */
      if (update->splices == NULL || self->listed->len == 0)
        xc_gradual_rows_start (self->rows, GTK_WIDGET (self->list_view), update->rows->len);
      if (update->splices == NULL)
        g_list_store_splice (self->findings, 0, g_list_model_get_n_items (G_LIST_MODEL (self->findings)),
                             update->rows->pdata, update->rows->len);
      else
        for (guint i = 0; i < update->splices->len; i++)
          {
            const Splice *splice = &g_array_index (update->splices, Splice, i);

            g_list_store_splice (self->findings, splice->position, splice->n_removed,
                                 update->rows->pdata + splice->position, splice->n_added);
          }
      g_ptr_array_unref (self->listed);
      self->listed = g_ptr_array_ref (update->rows);
    }
  update_counts (self);
  update_empty_state (self);
}

/**
 * xc_findings_pane_set_report:
 *
 * As xc_findings_pane_apply_update(), working the update out here.
 */
void
xc_findings_pane_set_report (XcFindingsPane *self,
                             XcProgramme    *programme,
                             XcReport       *report)
{
  xc_findings_pane_apply_update (self, programme, report, NULL);
}

/**
 * xc_findings_pane_get_report:
 *
 * Returns: (transfer none) (nullable): the findings shown
 */
XcReport *
xc_findings_pane_get_report (XcFindingsPane *self)
{
  g_return_val_if_fail (XC_IS_FINDINGS_PANE (self), NULL);

  return self->report;
}

#define SPINNER_DELAY_MS 500

static void
start_spinner_cb (gpointer user_data)
{
  XcFindingsPane *self = user_data;

  self->spinner_source = 0;
  gtk_spinner_set_spinning (self->spinner, TRUE);
}

void
xc_findings_pane_set_checking (XcFindingsPane *self,
                               gboolean        checking)
{
  g_return_if_fail (XC_IS_FINDINGS_PANE (self));

  /* A check of an edit is over before a spinner would say anything; one
   * that is not shows it. Not spinning meanwhile leaves the machine to the
   * check. */
  g_clear_handle_id (&self->spinner_source, g_source_remove);
  if (checking && !gtk_spinner_get_spinning (self->spinner))
    self->spinner_source = g_timeout_add_once (SPINNER_DELAY_MS, start_spinner_cb, self);
  else if (!checking)
    gtk_spinner_set_spinning (self->spinner, FALSE);
}

void
xc_findings_pane_set_filter (XcFindingsPane   *self,
                             XcFindingsFilter  filter)
{
  GtkToggleButton *buttons[] = { self->open_button, self->errors_button, self->warnings_button,
                                 self->infos_button, self->accepted_button };

  g_return_if_fail (XC_IS_FINDINGS_PANE (self));
  g_return_if_fail (filter <= XC_FINDINGS_FILTER_ACCEPTED);

  if (self->filter != filter)
    {
      self->filter = filter;
      xc_gradual_rows_start (self->rows, GTK_WIDGET (self->list_view), self->listed->len);
      gtk_filter_changed (gtk_filter_list_model_get_filter (self->shown), GTK_FILTER_CHANGE_DIFFERENT);
    }
  gtk_toggle_button_set_active (buttons[filter], TRUE);
  update_empty_state (self);
}

/**
 * xc_findings_pane_get_shown:
 *
 * Returns: (transfer none): the findings listed, in their order
 */
GListModel *
xc_findings_pane_get_shown (XcFindingsPane *self)
{
  g_return_val_if_fail (XC_IS_FINDINGS_PANE (self), NULL);

  return G_LIST_MODEL (self->shown);
}

/**
 * xc_findings_pane_get_selection:
 *
 * Returns: (transfer none): which of the findings shown are selected
 */
GtkSelectionModel *
xc_findings_pane_get_selection (XcFindingsPane *self)
{
  g_return_val_if_fail (XC_IS_FINDINGS_PANE (self), NULL);

  return GTK_SELECTION_MODEL (self->selection);
}

/**
 * xc_findings_pane_can_accept:
 *
 * Returns: whether a planner may accept @finding as a deviation: not one
 *   about the program's own state, such as its scheme not being available
 */
gboolean
xc_findings_pane_can_accept (XcFinding *finding)
{
  g_return_val_if_fail (XC_IS_FINDING (finding), FALSE);

  return can_accept (finding);
}
