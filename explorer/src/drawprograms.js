// Sigma's own node and edge programs (same shaders, same look), drawn without WebGL instancing.
// Why: sigma 3 draws every node and edge as one instance of an instanced draw call. Without a GPU (this
// project's machines and CI, where Chromium's WebGL runs on SwiftShader) each instance costs about as much
// as a draw call of its own: on 2,000 nodes the discs alone took some 55 ms a pass, whatever their size, and
// each frame has two node passes (the picture and the hidden picking layer sigma reads the hovered node
// from). Writing the per-vertex constants into the vertex buffer instead turns each pass into one plain
// draw call; on a real GPU both ways are cheap. bench/run.sh explorer measures the frame time.
import { EdgeRectangleProgram, NodeCircleProgram, createEdgeArrowHeadProgram, createEdgeClampedProgram, createEdgeCompoundProgram } from 'sigma/rendering';

/**
 * The program class `Instanced` with its constant (per-vertex) attributes moved into the vertex buffer:
 * the item's attributes, as `Instanced` writes them, are copied to each of its vertices, followed by
 * that vertex's constants.
 */
export function withoutInstancing(Instanced) {
  // A program's definition is the same for all its instances (sigma asks for it per program and per pass).
  let definition = null;
  let perVertex = null;
  return class extends Instanced {
    getDefinition() {
      if (definition === null) {
        const { CONSTANT_ATTRIBUTES: constants, CONSTANT_DATA: data, ...rest } = super.getDefinition();
        perVertex = data;
        definition = { ...rest, ATTRIBUTES: [...rest.ATTRIBUTES, ...constants] };
      }
      return definition;
    }

    processVisibleItem(index, start, ...item) {
      super.processVisibleItem(index, start, ...item);
      const stride = this.ATTRIBUTES_ITEMS_COUNT;
      const own = stride - perVertex[0].length;
      for (let vertex = 0; vertex < perVertex.length; vertex++) {
        const at = start + vertex * stride;
        if (vertex > 0) this.array.copyWithin(at, start, start + own);
        this.array.set(perVertex[vertex], at + own);
      }
    }
  };
}

/** Sigma's default program classes (circle nodes; arrow and line edges), without instancing. */
export const nodeProgramClasses = { circle: withoutInstancing(NodeCircleProgram) };
export const edgeProgramClasses = {
  arrow: createEdgeCompoundProgram([withoutInstancing(createEdgeClampedProgram()), withoutInstancing(createEdgeArrowHeadProgram())]),
  line: withoutInstancing(EdgeRectangleProgram),
};
