import { z } from 'zod';

/** Report template (templates/*.yaml). Filled in by the report work; see templates/README.md. */
export const TemplateSchema = z.strictObject({
  id: z.string(),
});
