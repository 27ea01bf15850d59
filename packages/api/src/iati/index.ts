/** IATI 2.03 activity XML export of projects (docs/iati.md). */
export {
  writeIatiActivities,
  IATI_VERSION,
  IATI_CONTENT_TYPE,
  IATI_EXPORT_NOTICE,
  IATI_ILLUSTRATIVE_COMMENT,
  type IatiWriteOptions,
} from './write.js';
