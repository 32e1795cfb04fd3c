// cytoscape ships its own types; its extensions do not. Each is a cytoscape plugin function.
declare module 'cytoscape-fcose' {
  const register: import('cytoscape').Ext;
  export default register;
}
declare module 'cytoscape-svg' {
  const register: import('cytoscape').Ext;
  export default register;
}
declare module 'cytoscape-edgehandles' {
  const register: import('cytoscape').Ext;
  export default register;
}
