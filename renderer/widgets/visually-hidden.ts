/** Read by screen readers, not shown: the words a badge stands for. */
export const visuallyHidden = {
  position: 'absolute',
  width: '1px', // a bare 1 would be 100% in sx
  height: '1px',
  overflow: 'hidden',
  clip: 'rect(0 0 0 0)',
  whiteSpace: 'nowrap',
} as const;
