/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "sp-avatar-render"

#include "config.h"

#include <glib/gi18n.h>

#include "sp-avatar-render.h"

#include "sp-error.h"

#include <librsvg/rsvg.h>

/* librsvg 2.54 declares no cleanup function for its handle. */
G_DEFINE_AUTOPTR_CLEANUP_FUNC (RsvgHandle, g_object_unref)

static RsvgHandle *
load_avatar (SpFramework      *framework,
             const SpProfile  *profile,
             GError          **error)
{
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) local_error = NULL;
  RsvgHandle *handle;
  gconstpointer data;
  gsize size;

  bytes = sp_framework_dup_avatar (framework, profile, error);
  if (bytes == NULL)
    return NULL;

  data = g_bytes_get_data (bytes, &size);
  handle = rsvg_handle_new_from_data (data, size, &local_error);
  if (handle == NULL)
    {
      g_set_error (error, SP_ERROR, SP_ERROR_INVALID,
                   _("The avatar “%s” is not a valid SVG image: %s"),
                   profile->avatar, local_error->message);
      return NULL;
    }

  return handle;
}

/**
 * sp_avatar_render:
 * @cr: where to draw
 * @framework: the framework that holds the avatars
 * @profile: whose avatar
 * @x: left edge of the rectangle
 * @y: top edge
 * @width: width of the rectangle
 * @height: height of the rectangle
 * @error: return location for an error
 *
 * Draws the avatar scaled to fit the rectangle, aspect ratio kept and
 * centred, as vector operations (so a PDF keeps it as paths).
 *
 * Returns: %TRUE on success
 */
gboolean
sp_avatar_render (cairo_t          *cr,
                  SpFramework      *framework,
                  const SpProfile  *profile,
                  double            x,
                  double            y,
                  double            width,
                  double            height,
                  GError          **error)
{
  g_autoptr(RsvgHandle) handle = NULL;
  g_autoptr(GError) local_error = NULL;
  RsvgRectangle viewport = { x, y, width, height };

  g_return_val_if_fail (cr != NULL, FALSE);
  g_return_val_if_fail (SP_IS_FRAMEWORK (framework), FALSE);
  g_return_val_if_fail (profile != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  handle = load_avatar (framework, profile, error);
  if (handle == NULL)
    return FALSE;

  /* rsvg keeps the aspect ratio of the document's viewBox and centres it
   * in the viewport (preserveAspectRatio defaults to xMidYMid meet). */
  if (!rsvg_handle_render_document (handle, cr, &viewport, &local_error))
    {
      g_set_error (error, SP_ERROR, SP_ERROR_FAILED,
                   _("Could not draw the avatar “%s”: %s"),
                   profile->avatar, local_error->message);
      return FALSE;
    }

  return TRUE;
}
