/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "sp-avatar"

#include "config.h"

#include <glib/gi18n.h>

#include "sp-avatar.h"
#include "sp-avatar-render.h"

#define DEFAULT_SIZE 64

struct _SpAvatar
{
  GtkWidget        parent_instance;

  SpFramework     *framework;
  const SpProfile *profile;
  int              size;

  /* The vector drawing of the last allocated size. The SVG is parsed in a
   * low-priority idle after a frame asked for it, so a window full of
   * avatars shows its first frame without waiting for them. */
  GskRenderNode   *node;
  int              node_width;
  int              node_height;
  guint            render_id;
};

G_DEFINE_FINAL_TYPE (SpAvatar, sp_avatar, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_SIZE,
  N_PROPS
};

static GParamSpec *properties [N_PROPS];

static GskRenderNode *
sp_avatar_record (SpAvatar *self,
                  int       width,
                  int       height)
{
  g_autoptr(GtkSnapshot) snapshot = gtk_snapshot_new ();
  g_autoptr(GError) error = NULL;
  graphene_rect_t bounds;
  cairo_t *cr;

  graphene_rect_init (&bounds, 0, 0, width, height);
  cr = gtk_snapshot_append_cairo (snapshot, &bounds);

  if (!sp_avatar_render (cr, self->framework, self->profile, 0, 0, width, height, &error))
    g_warning ("Failed to draw the avatar of %s: %s", self->profile->id, error->message);

  cairo_destroy (cr);

  return gtk_snapshot_free_to_node (g_steal_pointer (&snapshot));
}

static gboolean
render_idle_cb (gpointer user_data)
{
  SpAvatar *self = user_data;
  int width = gtk_widget_get_width (GTK_WIDGET (self));
  int height = gtk_widget_get_height (GTK_WIDGET (self));

  self->render_id = 0;

  if (self->profile == NULL || width <= 0 || height <= 0)
    return G_SOURCE_REMOVE;

  g_clear_pointer (&self->node, gsk_render_node_unref);
  self->node = sp_avatar_record (self, width, height);
  self->node_width = width;
  self->node_height = height;
  gtk_widget_queue_draw (GTK_WIDGET (self));

  return G_SOURCE_REMOVE;
}

/* A faint disc where the avatar will be, until it is drawn. */
static void
append_placeholder (SpAvatar    *self,
                    GtkSnapshot *snapshot,
                    int          width,
                    int          height)
{
  GtkStyleContext *context = gtk_widget_get_style_context (GTK_WIDGET (self));
  float size = MIN (width, height);
  GskRoundedRect disc;
  GdkRGBA color;

  gtk_style_context_get_color (context, &color);
  color.alpha *= 0.08f;

  gsk_rounded_rect_init_from_rect (&disc,
                                   &GRAPHENE_RECT_INIT ((width - size) / 2, (height - size) / 2,
                                                        size, size),
                                   size / 2);
  gtk_snapshot_push_rounded_clip (snapshot, &disc);
  gtk_snapshot_append_color (snapshot, &color, &disc.bounds);
  gtk_snapshot_pop (snapshot);
}

static void
sp_avatar_snapshot (GtkWidget   *widget,
                    GtkSnapshot *snapshot)
{
  SpAvatar *self = SP_AVATAR (widget);
  int width = gtk_widget_get_width (widget);
  int height = gtk_widget_get_height (widget);

  if (self->profile == NULL || width <= 0 || height <= 0)
    return;

  if (self->node != NULL && self->node_width == width && self->node_height == height)
    {
      gtk_snapshot_append_node (snapshot, self->node);
      return;
    }

  if (self->render_id == 0)
    self->render_id = g_idle_add_full (G_PRIORITY_LOW, render_idle_cb, self, NULL);

  if (self->node == NULL)
    {
      append_placeholder (self, snapshot, width, height);
      return;
    }

  /* The drawing of the previous size stands in while the new one is made. */
  gtk_snapshot_save (snapshot);
  gtk_snapshot_scale (snapshot,
                      (float) width / self->node_width,
                      (float) height / self->node_height);
  gtk_snapshot_append_node (snapshot, self->node);
  gtk_snapshot_restore (snapshot);
}

static void
sp_avatar_measure (GtkWidget      *widget,
                   GtkOrientation  orientation,
                   int             for_size,
                   int            *minimum,
                   int            *natural,
                   int            *minimum_baseline,
                   int            *natural_baseline)
{
  SpAvatar *self = SP_AVATAR (widget);

  *minimum = self->size;
  *natural = self->size;
}

static void
sp_avatar_dispose (GObject *object)
{
  SpAvatar *self = SP_AVATAR (object);

  g_clear_handle_id (&self->render_id, g_source_remove);
  g_clear_pointer (&self->node, gsk_render_node_unref);
  g_clear_object (&self->framework);
  self->profile = NULL;

  G_OBJECT_CLASS (sp_avatar_parent_class)->dispose (object);
}

static void
sp_avatar_get_property (GObject    *object,
                        guint       prop_id,
                        GValue     *value,
                        GParamSpec *pspec)
{
  SpAvatar *self = SP_AVATAR (object);

  switch (prop_id)
    {
    case PROP_SIZE:
      g_value_set_int (value, self->size);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sp_avatar_set_property (GObject      *object,
                        guint         prop_id,
                        const GValue *value,
                        GParamSpec   *pspec)
{
  SpAvatar *self = SP_AVATAR (object);

  switch (prop_id)
    {
    case PROP_SIZE:
      sp_avatar_set_size (self, g_value_get_int (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sp_avatar_class_init (SpAvatarClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = sp_avatar_dispose;
  object_class->get_property = sp_avatar_get_property;
  object_class->set_property = sp_avatar_set_property;

  widget_class->snapshot = sp_avatar_snapshot;
  widget_class->measure = sp_avatar_measure;

  /**
   * SpAvatar:size:
   *
   * The width and height the avatar asks for, in logical pixels.
   */
  properties [PROP_SIZE] =
    g_param_spec_int ("size", NULL, NULL,
                      1, 1024, DEFAULT_SIZE,
                      (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_css_name (widget_class, "sp-avatar");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_IMG);
}

static void
sp_avatar_init (SpAvatar *self)
{
  self->size = DEFAULT_SIZE;
}

GtkWidget *
sp_avatar_new (void)
{
  return g_object_new (SP_TYPE_AVATAR, NULL);
}

void
sp_avatar_set_profile (SpAvatar        *self,
                       SpFramework     *framework,
                       const SpProfile *profile)
{
  g_return_if_fail (SP_IS_AVATAR (self));
  g_return_if_fail (framework == NULL || SP_IS_FRAMEWORK (framework));
  g_return_if_fail (profile == NULL || framework != NULL);

  g_set_object (&self->framework, framework);
  self->profile = profile;
  g_clear_pointer (&self->node, gsk_render_node_unref);

  if (profile != NULL)
    gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                    GTK_ACCESSIBLE_PROPERTY_LABEL, profile->name,
                                    -1);
  else
    gtk_accessible_reset_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_LABEL);

  gtk_widget_queue_draw (GTK_WIDGET (self));
}

void
sp_avatar_set_size (SpAvatar *self,
                    int       size)
{
  g_return_if_fail (SP_IS_AVATAR (self));
  g_return_if_fail (size > 0);

  if (self->size == size)
    return;

  self->size = size;
  gtk_widget_queue_resize (GTK_WIDGET (self));
  g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_SIZE]);
}
